package io.sanshen.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.config.ConfigLoader;
import io.sanshen.config.ConfigResult;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.WorkTreeSource;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder {@code content-examples/<rule-id>/} is a {@code content/} tree: loaded with the demo's
 * site-config.yml and checked by all standard rules, it must give exactly the findings listed here — its own
 * rule's, at the stated positions, and nothing else above info.
 */
class ContentExamplesTest {
    private static final Path EXAMPLES = Path.of("content-examples");
    private static final Map<String, List<String>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("secrecy.mark", List.of("content/news/2026-05-20-secrecy-mark.md:13:1")),
            Map.entry("secrecy.keyword", List.of("content/news/2026-05-20-secrecy-keyword.md:13:5")),
            Map.entry("disclosure.not-public", List.of("content/news/2026-05-20-disclosure.md:11:13")),
            Map.entry("reprint.superior-document", List.of("content/policies/2026-05-20-superior-document.md:12:9")),
            Map.entry("reprint.source", List.of("content/news/2026-05-20-reprint-source.md:13:3")),
            Map.entry("format.required-metadata", List.of("content/news/2026-05-20-required-metadata.md:2:1")),
            Map.entry("format.dates", List.of("content/news/2026-05-20-dates.md:6:10")),
            Map.entry("format.doc-no", List.of("content/notices/2026-05-20-doc-no.md:12:9")),
            Map.entry("format.doc-no-body", List.of("content/notices/2026-05-20-doc-no-body.md:14:1")),
            Map.entry("format.index-no", List.of("content/news/2026-05-20-index-no.md:3:11")),
            Map.entry("format.index-no-unique", List.of("content/news/2026-05-20-index-no-unique-a.md:3:11",
                    "content/news/2026-05-21-index-no-unique-b.md:3:11")),
            Map.entry("format.genre-title", List.of("content/policies/2026-05-20-genre-title.md:9:8")),
            Map.entry("format.title", List.of("content/news/2026-05-20-title.md:2:8")),
            Map.entry("format.attachment-only", List.of("content/news/2026-05-20-attachment-only/index.md:13:1")),
            Map.entry("format.image-alt", List.of("content/news/2026-05-20-image-alt/index.md:15:1")),
            Map.entry("statistics.share-column", List.of("content/news/2026-05-20-share-column.md:19:14")),
            Map.entry("statistics.total-row", List.of("content/news/2026-05-20-total-row.md:19:8")),
            Map.entry("statistics.share-sentence", List.of("content/news/2026-05-20-share-sentence.md:13:29")),
            Map.entry("link.dead", List.of("content/news/2026-05-20-link-dead.md:13:6")),
            Map.entry("link.unpublished", List.of("content/news/2026-05-20-link-unpublished.md:13:6")),
            Map.entry("link.hidden", List.of("content/news/2026-05-20-link-hidden.md:13:13")),
            Map.entry("link.wrong", List.of("content/news/2026-05-20-link-wrong.md:13:3")),
            Map.entry("privacy.id-number", List.of("content/news/2026-05-20-privacy-id.md:13:18")),
            Map.entry("privacy.mobile", List.of("content/news/2026-05-20-privacy-mobile.md:13:11")),
            Map.entry("privacy.health", List.of("content/news/2026-05-20-privacy-health.md:13:32")),
            Map.entry("words.typo", List.of("content/news/2026-05-20-words-typo.md:13:8")),
            Map.entry("words.banned", List.of("content/news/2026-05-20-words-banned.md:13:11")),
            Map.entry("words.nonstandard", List.of("content/news/2026-05-20-words-nonstandard.md:13:7")),
            Map.entry("words.near-miss", List.of("content/news/2026-05-20-words-near-miss.md:13:13")),
            Map.entry("text.date", List.of("content/news/2026-05-20-text-date.md:13:5")),
            Map.entry("text.doc-no", List.of("content/news/2026-05-20-text-doc-no.md:13:6")),
            Map.entry("text.punctuation", List.of("content/news/2026-05-20-text-punctuation.md:13:5")),
            Map.entry("text.repeated-word", List.of("content/news/2026-05-20-text-repeated-word.md:13:10")),
            Map.entry("text.confusable", List.of("content/news/2026-05-20-text-confusable.md:13:12")),
            Map.entry("text.missing-character", List.of("content/news/2026-05-20-text-missing-character.md:13:9")),
            Map.entry("text.garbled", List.of("content/news/2026-05-20-text-garbled.md:13:15")),
            Map.entry("text.contradiction", List.of("content/news/2026-05-20-text-contradiction.md:13:11")),
            Map.entry("text.label-value", List.of("content/news/2026-05-20-text-label-value.md:13:13")),
            Map.entry("attachment.type", List.of("content/news/2026-05-20-attachment-type/会议安排.pdf")),
            Map.entry("attachment.active-content", List.of("content/news/2026-05-20-active-content/参会单位.svg:5:3"))));

    @TempDir
    Path site;

    static Stream<String> examples() {
        return EXPECTED.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleShowsExactlyItsRulesFinding(String ruleId) throws IOException {
        Files.copy(Path.of("site-config.yml"), site.resolve("site-config.yml"));
        copyTree(EXAMPLES.resolve(ruleId), site.resolve("content"));
        ConfigResult config = ConfigLoader.load(site);
        ContentLoader.Result loaded = new ContentLoader(config.config().orElseThrow()).load(new WorkTreeSource(site));
        assertThat(loaded.findings()).isEmpty();
        CheckContext ctx = new CheckContext(loaded.content(), site, LocalDate.of(2026, 11, 23), false);
        List<Finding> findings = new CheckEngine(RuleRegistry.standard()).run(ctx).findings().stream()
                .filter(f -> f.severity() != Severity.INFO || f.ruleId().equals(ruleId)).toList();
        assertThat(findings).extracting(f -> f.ruleId() + " " + f.pos())
                .containsExactlyElementsOf(EXPECTED.get(ruleId).stream().map(p -> ruleId + " " + p).toList());
        assertThat(findings).allSatisfy(f -> assertThat(f.fix().zh()).isNotBlank());
    }

    @Test
    void everyExampleFolderIsListedAndEveryListedRuleIsRegistered() throws IOException {
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            assertThat(dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        }
        assertThat(RuleRegistry.standard().ids()).containsAll(EXPECTED.keySet());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }
}
