package io.sanshen.review;

import static io.sanshen.review.ReviewFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.content.GitTreeSource;
import io.sanshen.content.SourceFile;
import io.sanshen.diag.Findings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovedSourceTest {
    @TempDir
    Path tmp;

    @Test
    void approvedViewServesLastApprovedBytesAndLeavesOutUnapproved() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approveChain(ITEM, false);
        f.commit(ITEM, ReviewFixture.item("改后", false));
        f.commit("content/news/new.md", ReviewFixture.item("新", false));
        List<SourceFile> files = new ApprovedSource(f.repo, f.review()).list("content", new Findings());
        assertThat(files).extracting(SourceFile::path).containsExactly(ITEM);
        assertThat(new String(files.get(0).bytes(), StandardCharsets.UTF_8)).contains("title: 会议纪要\n");
    }

    @Test
    void gitTreeSourceRefusesSymlinks() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        Path link = f.repo.getWorkTree().toPath().resolve("content/news/link.md");
        Files.createSymbolicLink(link, Path.of("/etc/passwd"));
        try (Git git = new Git(f.repo)) {
            git.add().addFilepattern("content/news/link.md").call();
            git.commit().setMessage("link").setSign(false).call();
        }
        Findings sink = new Findings();
        List<SourceFile> files = GitTreeSource.head(f.repo).list("content", sink);
        assertThat(files).extracting(SourceFile::path).containsExactly(ITEM);
        assertThat(sink.sorted()).extracting(x -> x.ruleId()).containsExactly("content.git-refused");
        assertThat(f.status(f.review(), "content/news/link.md").status()).isEqualTo(PathReview.Status.UNCOVERED);
    }
}
