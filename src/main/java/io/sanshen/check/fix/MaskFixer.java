package io.sanshen.check.fix;

import io.sanshen.check.pii.Masker;
import io.sanshen.check.pii.MaskDiff;
import io.sanshen.check.pii.PiiHit;
import io.sanshen.check.pii.PiiPolicy;
import io.sanshen.check.pii.PiiScanner;
import io.sanshen.check.rules.MaskingStyles;
import io.sanshen.check.rules.VisibleText;
import io.sanshen.config.ChecksConfig;
import io.sanshen.content.Item;
import io.sanshen.content.Markdown;
import io.sanshen.content.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code sanshen mask} / {@code check --fix mask}: rewrites item Markdown files with personal information masked
 * in the site's masking style. The body is scanned as readers see it (code and link targets excluded, as in
 * {@code PrivacyRule}); hits in the title and summary are masked where their value stands in the front matter.
 * Kinds without a masking rule (health) are left for a person. Attachments are never rewritten.
 */
public final class MaskFixer {
    /** What masking changed in one file: repository path, unified-style diff, number of values masked. */
    public record FileFix(String path, String diff, int masked) {
    }

    private final PiiScanner scanner;
    private final Masker masker;

    public MaskFixer(PiiScanner scanner) {
        this.scanner = scanner;
        this.masker = new Masker(scanner.policy().maskingStyle());
    }

    /** A fixer with the site's {@code checks.masking} style. */
    public static MaskFixer forSite(ChecksConfig checks, LocalDate today) {
        return new MaskFixer(new PiiScanner(PiiPolicy.defaults().withMaskingStyle(MaskingStyles.of(checks)), today));
    }

    /**
     * Masks one item's file under {@code siteRoot}; with {@code dryRun} only computes the diff. Empty when nothing
     * needs masking or the file no longer matches the loaded item (edited meanwhile).
     */
    public Optional<FileFix> fix(Path siteRoot, Item item, boolean dryRun) throws IOException {
        Path file = RepoPaths.resolveInside(siteRoot, item.path());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int bodyStart = offsetOfLine(text, item.bodyLine());
        if (bodyStart < 0 || !text.substring(bodyStart).replace("\r\n", "\n").equals(item.body().replace("\r\n", "\n"))
                || text.contains("\r")) {
            return Optional.empty();
        }
        String head = text.substring(0, bodyStart);
        String body = text.substring(bodyStart);
        boolean list = isList(item);
        Masker.Result maskedBody = maskBody(body, list);
        int count = maskedBody.replacements().size();
        String newHead = head;
        for (String field : List.of(item.meta().title(), item.meta().summary())) {
            for (PiiHit h : scanner.scan(field, list)) {
                String masked = masker.maskValue(h.kind(), h.value());
                if (!masked.equals(h.value()) && newHead.contains(h.value())) {
                    newHead = newHead.replace(h.value(), masked);
                    count++;
                }
            }
        }
        String after = newHead + maskedBody.text();
        if (after.equals(text)) {
            return Optional.empty();
        }
        if (!dryRun) {
            Path tmp = Files.createTempFile(file.getParent(), ".mask", ".tmp");
            Files.writeString(tmp, after, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        String diff = "--- a/" + item.path() + "\n+++ b/" + item.path() + "\n" + MaskDiff.render(text, after);
        return Optional.of(new FileFix(item.path(), diff, count));
    }

    /**
     * Masks a Markdown body as readers see it (code and link targets stay); {@code list} says the item is a published
     * list (公示, 名单 …). Shared with {@code sanshen import}, which masks what it imports.
     */
    public Masker.Result maskBody(String body, boolean list) {
        List<PiiHit> bodyHits = scanner.scan(VisibleText.of(Markdown.parse(body), body), list).stream()
                .map(h -> new PiiHit(h.start(), h.end(), h.kind(), body.substring(h.start(), h.end()), h.level(), h.reasonKey()))
                .toList();
        return masker.mask(body, bodyHits);
    }

    /** Whether a title makes its item a published list, with this fixer's policy words. */
    public boolean isListTitle(String title) {
        return scanner.policy().listContextWords().stream().anyMatch(title::contains);
    }

    /** Masks every item in {@code items}, in order; the fixes of the files that changed. */
    public List<FileFix> fixAll(Path siteRoot, List<Item> items, boolean dryRun) throws IOException {
        List<FileFix> out = new ArrayList<>();
        for (Item item : items) {
            fix(siteRoot, item, dryRun).ifPresent(out::add);
        }
        return out;
    }

    private boolean isList(Item item) {
        return isListTitle(item.meta().title());
    }

    /** Char offset where 1-based line {@code line} starts, or -1. */
    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int i = 1; i < line; i++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return -1;
            }
        }
        return offset;
    }
}
