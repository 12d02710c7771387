package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.render.BuildMode;
import io.sanshen.render.OutputMarker;
import io.sanshen.testkit.Cli;
import io.sanshen.testkit.SiteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deploy gate: every output says which kind of build made it (marker file and a meta tag in every page), and
 * {@code sanshen verify-output} — what CI runs before uploading — accepts only a publishing build's output.
 */
class DeployGateTest {
    @TempDir
    Path tmp;

    @Test
    void refusesNoReviewOutput() throws Exception {
        Path site = plainSite();
        Path out = tmp.resolve("public");
        assertThat(Cli.run("build", "--no-review", "--site", site.toString(), "--out", out.toString()).exit()).isZero();

        assertEveryPageMarked(out, BuildMode.NO_REVIEW);
        Cli r = Cli.run("verify-output", out.toString());
        assertThat(r.exit()).as(r.out()).isEqualTo(1);
        assertThat(r.err()).contains("deploy.not-published").contains("no-review");
    }

    @Test
    void refusesPreviewOutput() throws Exception {
        Path site = plainSite();
        Path out = tmp.resolve("preview");
        Cli b = Cli.run("build", "--preview", "--site", site.toString(), "--out", out.toString());
        assertThat(b.exit()).as(b.err()).isZero();

        assertEveryPageMarked(out, BuildMode.PREVIEW);
        assertThat(Cli.run("verify-output", out.toString()).exit()).isEqualTo(1);
    }

    @Test
    void acceptsAPublishingBuildAndRefusesItOnceAPreviewPageIsSlippedIn() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write("content/news/a.md", ReviewedSite.item("已审核的稿件", ReviewedSite.TODAY, "正文。"));
        s.commitAll("a");
        s.approveChain("content/news/a.md");
        Path out = s.out(false);
        Cli b = Cli.run("build", "--site", s.root.toString(), "--out", out.toString());
        assertThat(b.exit()).as(b.err()).isZero();

        assertEveryPageMarked(out, BuildMode.PUBLISH);
        Cli ok = Cli.run("verify-output", out.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();

        // an unreviewed page copied over a published one, with the publish marker file left in place
        Path preview = s.out(true);
        assertThat(Cli.run("build", "--no-review", "--site", s.root.toString(), "--out", preview.toString()).exit())
                .isZero();
        Files.copy(preview.resolve("news/a.html"), out.resolve("news/a.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Cli mixed = Cli.run("verify-output", out.toString());
        assertThat(mixed.exit()).isEqualTo(1);
        assertThat(mixed.err()).contains("news/a.html");
    }

    @Test
    void refusesAFolderWithoutMarkerOrWithAForgedOne() throws Exception {
        Path bare = Files.createDirectories(tmp.resolve("bare"));
        Files.writeString(bare.resolve("index.html"), "<html><head></head><body>hi</body></html>");
        assertThat(Cli.run("verify-output", bare.toString()).exit()).isEqualTo(1);
        Files.writeString(bare.resolve(OutputMarker.FILE), "sanshen-output: 1\nmode: publish\nmode: preview\n");
        assertThat(Cli.run("verify-output", bare.toString()).exit()).isEqualTo(1);
        assertThat(Cli.run("verify-output", tmp.resolve("missing").toString()).exit()).isEqualTo(1);
    }

    @Test
    void theWorkflowDeploysOnlyWhatVerifyOutputAccepts() throws Exception {
        String workflow = Files.readString(Path.of(".github/workflows/site.yml"));
        int gate = workflow.indexOf("run: ./sanshen verify-output public");
        assertThat(gate).isPositive();
        assertThat(gate).isLessThan(workflow.indexOf("upload-pages-artifact"))
                .isLessThan(workflow.indexOf("actions/upload-artifact"))
                .isGreaterThan(workflow.indexOf("run: ./sanshen build"));
    }

    private Path plainSite() throws Exception {
        Path site = tmp.resolve("site");
        SiteFiles.write(site, SiteFiles.CONFIG + SiteBuildTest.CONTENT);
        SiteBuildTest.copyTemplates(site);
        return site;
    }

    static void assertEveryPageMarked(Path out, BuildMode mode) throws Exception {
        assertThat(OutputMarker.read(out)).hasValue(mode);
        List<Path> pages;
        try (Stream<Path> s = Files.walk(out)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).isNotEmpty();
        for (Path p : pages) {
            String head = Files.readString(p).split("</head>", 2)[0];
            assertThat(head).as(p.toString()).contains(mode.metaTag());
        }
    }
}
