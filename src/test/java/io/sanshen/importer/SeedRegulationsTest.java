package io.sanshen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.config.ConfigLoader;
import io.sanshen.testkit.SiteFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regulation texts the demo site was seeded with, typed into Word documents the way a drafter would (title in
 * 标题 1, chapters in 标题 2, the article number in bold, numbered paragraphs as a list), come back as the demo items.
 */
class SeedRegulationsTest {
    private static final Path DEMO = Path.of("content/regulations/2026-03-05-zhonglou-website-rules.md");
    /** A copy of the seed text (/work/shared/seeds/000_…), as the drafting office sent it. */
    private static final Path SEED = Path.of("src/test/resources/io/sanshen/importer/seed-zhonglou.txt");
    private static final Pattern BOLD_LEAD = Pattern.compile("^\\*\\*([^*]+)\\*\\*(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d+\\. (.*)$");

    @TempDir
    Path site;
    @TempDir
    Path desk;

    private ImportResult importInto(Path file) throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG);
        return new Importer(ConfigLoader.load(site).config().orElseThrow(), site, ImporterTest.TODAY)
                .importFile(file, Optional.of("news"), false);
    }

    @Test
    void theZhonglouRegulationInWordBecomesTheDemoItem() throws Exception {
        String demo = Files.readString(DEMO, StandardCharsets.UTF_8);
        String body = demo.substring(demo.indexOf("\n---\n", 4) + 5);
        Docs doc = new Docs().heading(1, "钟楼区政府门户网站信息发布管理制度");
        for (String line : body.split("\n")) {
            Matcher bold = BOLD_LEAD.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            if (line.isEmpty()) {
                continue;
            } else if (line.startsWith("## ")) {
                doc.heading(2, line.substring(3));
            } else if (bold.matches()) {
                doc.bold(bold.group(1), bold.group(2));
            } else if (numbered.matches()) {
                doc.numbered(numbered.group(1));
            } else {
                doc.text(line);
            }
        }
        ImportResult r = importInto(doc.save(desk.resolve("zhonglou.docx")));

        String imported = Files.readString(site.resolve(r.path()));
        assertThat(imported).contains("title: \"钟楼区政府门户网站信息发布管理制度\"");
        assertThat(imported.substring(imported.indexOf("\n---\n", 4) + 5).strip()).isEqualTo(body.strip());
    }

    @Test
    void theRawSeedTextComesBackWordForWord() throws Exception {
        {
            List<String> lines = Arrays.stream(Files.readString(SEED, StandardCharsets.UTF_8)
                    .replace("[bookmark: _GoBack]", "").split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            Docs doc = new Docs().heading(1, lines.get(0));
            lines.subList(1, lines.size()).forEach(doc::text);
            ImportResult r = importInto(doc.save(desk.resolve("seed.docx")));

            String imported = Files.readString(site.resolve(r.path()));
            String text = imported.substring(imported.indexOf("\n---\n", 4) + 5).strip().replace("\\", "");
            assertThat(text).isEqualTo(lines.subList(1, lines.size()).stream().collect(Collectors.joining("\n\n")));
        }
    }
}
