package io.sanshen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanshen.config.ConfigLoader;
import io.sanshen.content.attachment.WordFixtures;
import io.sanshen.testkit.SiteFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .doc and .wps (WPS saves Word 97 format) through HWPF, with the DOC fixtures the attachment checks use. */
class WordNinetySevenImportTest {
    @TempDir
    Path site;
    @TempDir
    Path desk;

    private Path fixture(String name, String as) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/io/sanshen/content/attachment/" + name)) {
            return Files.write(desk.resolve(as), in.readAllBytes());
        }
    }

    private ImportResult importFile(Path file) throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG);
        return new Importer(ConfigLoader.load(site).config().orElseThrow(), site, ImporterTest.TODAY)
                .importFile(file, Optional.empty(), false);
    }

    @Test
    void importsAWpsFileSavedInWord97FormatWithTheIdNumberMasked() throws Exception {
        ImportResult r = importFile(fixture("clean.doc", "tongzhi.wps"));

        String text = Files.readString(site.resolve(r.path()));
        assertThat(r.path()).isEqualTo("content/notices/2026-06-01-tongzhi.md");
        assertThat(text).contains("title: \"关于开展安全检查的通知\"", "genre: 通知", "联系人身份证号 1101**********4514",
                "特此通知。").doesNotContain(WordFixtures.ID_NUMBER);
        assertThat(r.missing()).extracting(t -> t.en()).contains("tables imported as paragraphs (.doc keeps no table structure here)");
    }

    @Test
    void refusesADocWithTrackedChanges() throws Exception {
        Path file = fixture("tracked.doc", "tracked.doc");
        assertThatThrownBy(() -> importFile(file)).isInstanceOf(ImportRefusal.class)
                .hasMessageContaining("tracked changes");
    }
}
