package io.sanshen.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.check.lm.ConfusableFinder;
import io.sanshen.check.lm.DroppedCharacterFinder;
import io.sanshen.check.pii.PiiHit;
import io.sanshen.check.pii.PiiKind;
import io.sanshen.check.pii.PiiPolicy;
import io.sanshen.check.pii.PiiScanner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules that judge prose (text.confusable, text.missing-character, privacy.health) say nothing on real government pages: 34 pages
 * collected from district and county portals and news sites (src/test/resources/io/sanshen/check/realpages/SOURCES),
 * none written by us; their texts come from a local copy ({@link RealTextCopies}). A finding here is a false positive.
 */
class RealPagesPrecisionTest {
    @Test
    void confusableFinderIsSilentOnRealPages() throws IOException {
        List<String> found = new ArrayList<>();
        for (String page : pages()) {
            String text = read(page);
            ConfusableFinder.standard().find(text).forEach(h -> found.add(page + " " + h));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void droppedCharacterFinderIsSilentOnRealPages() throws IOException {
        List<String> found = new ArrayList<>();
        DroppedCharacterFinder.Memo memo = new DroppedCharacterFinder.Memo();
        for (String page : pages()) {
            DroppedCharacterFinder.standard().find(read(page), memo).forEach(h -> found.add(page + " " + h));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noHealthFindingOnRealPages() throws IOException {
        PiiScanner scanner = new PiiScanner(PiiPolicy.defaults(), LocalDate.of(2026, 11, 30));
        List<String> found = new ArrayList<>();
        for (String page : pages()) {
            for (PiiHit hit : scanner.scan(read(page))) {
                if (hit.kind() == PiiKind.HEALTH) {
                    found.add(page + " " + hit);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    static List<String> pages() throws IOException {
        List<String> out = new ArrayList<>();
        org.junit.jupiter.api.Assumptions.assumeTrue(RealTextCopies.of("realpages").isPresent(),
                RealTextCopies.missing("realpages"));
        for (String line : sources().split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.split(" ")[0]);
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(30);
        return out;
    }

    static String sources() throws IOException {
        try (InputStream in = RealPagesPrecisionTest.class.getResourceAsStream("realpages/SOURCES")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String read(String page) throws IOException {
        return java.nio.file.Files.readString(RealTextCopies.of("realpages").orElseThrow().resolve(page));
    }
}
