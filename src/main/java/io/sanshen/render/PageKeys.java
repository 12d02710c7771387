package io.sanshen.render;

import io.sanshen.content.Item;
import io.sanshen.content.SiteContent;
import io.sanshen.content.SourceFile;
import io.sanshen.diag.Digests;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
        MessageDigest d = Digests.sha256();
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
        MessageDigest d = Digests.sha256();
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

    /**
     * The key of a page made by {@code template} from {@code model} alone (lists, the home page, feeds, sitemaps):
     * the build's inputs, the template, the page's path and every value of the model. Null when the model holds a
     * value this digest does not know (then the page is always rendered).
     */
    static byte[] model(String inputs, String template, String sitePath, Map<String, ?> model) {
        MessageDigest d = Digests.sha256();
        text(d, inputs);
        text(d, template);
        text(d, sitePath);
        return value(d, model) ? Arrays.copyOf(d.digest(), BYTES) : null;
    }

    /**
     * The key of the search index: the build's inputs and every published item's path, address and bytes, in
     * order (a row is made from the item's front matter and body, its address and its column's title, which the
     * config in {@code inputs} fixes). Null when an item's bytes are not known.
     */
    static byte[] items(String inputs, SiteContent content, Map<String, String> blobs) {
        MessageDigest d = Digests.sha256();
        text(d, inputs);
        for (Item i : content.items()) {
            String blob = blobs.get(i.path());
            if (blob == null) {
                return null;
            }
            text(d, i.path());
            text(d, i.url());
            text(d, blob);
        }
        return Arrays.copyOf(d.digest(), BYTES);
    }

    /** Adds a model value, tagged with its kind; false for a kind a template could see differently. */
    private static boolean value(MessageDigest d, Object v) {
        if (v == null) {
            text(d, "null");
        } else if (v instanceof SourcedModel s) {
            text(d, "sourced");
            text(d, s.source());
        } else if (v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            text(d, v.getClass().getSimpleName());
            text(d, v.toString());
        } else if (v instanceof Map<?, ?> m) {
            text(d, "map " + m.size());
            for (Object k : m.keySet().stream().sorted(Comparator.comparing(String::valueOf)).toList()) {
                if (!(k instanceof String) || !value(d, k) || !value(d, m.get(k))) {
                    return false;
                }
            }
        } else if (v instanceof List<?> l) {
            text(d, "list " + l.size());
            for (Object e : l) {
                if (!value(d, e)) {
                    return false;
                }
            }
        } else {
            return false;
        }
        return true;
    }

    private static void text(MessageDigest d, String s) {
        Digests.text(d, s);
    }
}
