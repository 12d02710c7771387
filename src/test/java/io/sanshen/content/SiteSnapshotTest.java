package io.sanshen.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.config.ConfigLoader;
import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Finding;
import io.sanshen.testkit.SiteFiles;
import io.sanshen.testkit.TestRepos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteSnapshotTest {
    @TempDir
    Path site;

    private static final String ITEM = "---\ntitle: %s\ndate: 2026-05-01\ntopic: %s\n---\n正文。\n";

    private SiteConfig config() throws Exception {
        return ConfigLoader.load(site).config().orElseThrow();
    }

    private void item(String path, String title, String topic) throws Exception {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, ITEM.formatted(title, topic));
    }

    @Test
    void unchangedFilesAreParsedOnceAcrossSnapshotsOfOneCache() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG);
        for (int i = 0; i < 5; i++) {
            item("content/news/a" + i + ".md", "稿件" + i, "综合政务");
        }
        SnapshotCache cache = new SnapshotCache();
        SiteSnapshot first = SiteSnapshot.of(config(), new WorkTreeSource(site), cache);
        assertThat(cache.parses()).isEqualTo(5);

        item("content/news/a2.md", "改过的标题", "综合政务");
        Files.delete(site.resolve("content/news/a4.md"));
        SiteSnapshot second = SiteSnapshot.of(config(), new WorkTreeSource(site), cache);
        assertThat(cache.parses()).isEqualTo(6); // only a2 again
        assertThat(second.loaded().content().byPath().get("content/news/a2.md").title()).isEqualTo("改过的标题");
        assertThat(second.loaded().content().items()).hasSize(4);
        assertThat(second.loaded().content().byPath().get("content/news/a1.md").meta())
                .isSameAs(first.loaded().content().byPath().get("content/news/a1.md").meta());

        // a file that comes back with bytes seen two snapshots ago is parsed again: only the last one is kept
        item("content/news/a4.md", "稿件4", "综合政务");
        SiteSnapshot.of(config(), new WorkTreeSource(site), cache);
        assertThat(cache.parses()).isEqualTo(7);
    }

    @Test
    void aChangedVocabularyIsNotAnsweredFromTheCache() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG);
        item("content/news/a.md", "稿件", "新主题");
        SnapshotCache cache = new SnapshotCache();
        SiteSnapshot before = SiteSnapshot.of(config(), new WorkTreeSource(site), cache);
        assertThat(before.loaded().findings()).extracting(Finding::ruleId).contains("content.vocabulary");

        Path cfg = site.resolve("site-config.yml");
        Files.writeString(cfg, Files.readString(cfg).replace("topics: [综合政务,", "topics: [新主题, 综合政务,"));
        SiteSnapshot after = SiteSnapshot.of(config(), new WorkTreeSource(site), cache);
        assertThat(after.loaded().findings()).extracting(Finding::ruleId).doesNotContain("content.vocabulary");
        assertThat(after.loaded().content().items()).hasSize(1);
    }

    @Test
    void theSameBytesAtAnotherPathAreReadForThatPath() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG);
        Files.createDirectories(site.resolve("content/news"));
        Files.writeString(site.resolve("content/news/a.md"), "---\ntitle: [坏\n---\n");
        SnapshotCache cache = new SnapshotCache();
        SiteSnapshot.of(config(), new WorkTreeSource(site), cache);
        Files.move(site.resolve("content/news/a.md"), site.resolve("content/news/b.md"));
        SiteSnapshot moved = SiteSnapshot.of(config(), new WorkTreeSource(site), cache);
        assertThat(moved.loaded().findings()).extracting(f -> f.pos().path()).containsOnly("content/news/b.md");
    }

    @Test
    void workTreeBlobIdsAreGitsOwn() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG);
        try (Repository repo = TestRepos.init(site)) {
            String text = ITEM.formatted("稿件", "综合政务");
            TestRepos.commitFile(repo, "content/news/a.md", text, "add");
            ObjectId committed = repo.resolve(Constants.HEAD + ":content/news/a.md");
            SiteSnapshot work = SiteSnapshot.of(config(), new WorkTreeSource(site), new SnapshotCache());
            SiteSnapshot head = SiteSnapshot.of(config(), GitTreeSource.head(repo), new SnapshotCache());
            assertThat(work.blobOf("content/news/a.md")).hasValue(committed.name());
            assertThat(head.blobOf("content/news/a.md")).hasValue(committed.name());
            assertThat(BlobId.of(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(committed.name());
        }
    }
}
