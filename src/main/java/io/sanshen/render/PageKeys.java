package io.sanshen.render;

import io.sanshen.content.Item;
import io.sanshen.content.SiteContent;
import io.sanshen.content.SourceFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The digest of everything an item page is made from: the build's inputs (config, templates, program, mode: the
 * caller's {@code inputs}), every address links can lead to (items, bundle files and static files published in this
 * build: adding, removing, moving or keeping offline any of them re-renders every item page, since any page may link
 * to it), and the item's own path, bytes (blob id), attachment sizes and watermark.
 */
final class PageKeys {
    static final int BYTES = 16;

    private final byte[] site;

    PageKeys(String inputs, SiteContent content) {
        MessageDigest d = sha256();
        text(d, inputs);
        content.items().stream().sorted(Comparator.comparing(Item::path)).forEach(i -> {
            text(d, i.path());
            text(d, i.url());
            text(d, String.valueOf(i.bundleDir()));
            i.resources().forEach(r -> text(d, r.path()));
        });
        text(d, "static");
        content.staticFiles().forEach(f -> text(d, f.path()));
        this.site = d.digest();
    }

    /** The key of {@code item}'s page; null when its bytes are not known (then it is always rendered). */
    byte[] item(Item item, String blob, boolean watermarked) {
        if (blob == null) {
            return null;
        }
        MessageDigest d = sha256();
        d.update(site);
        text(d, item.path());
        text(d, blob);
        text(d, item.url());
        text(d, Boolean.toString(watermarked));
        for (SourceFile r : item.resources()) {
            text(d, r.path());
            text(d, Long.toString(r.size()));
        }
        return Arrays.copyOf(d.digest(), BYTES);
    }

    private static void text(MessageDigest d, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.update((byte) (b.length >>> 24));
        d.update((byte) (b.length >>> 16));
        d.update((byte) (b.length >>> 8));
        d.update((byte) b.length);
        d.update(b);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
