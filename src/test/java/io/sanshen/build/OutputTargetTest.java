package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.render.OutputMarker;
import io.sanshen.testkit.Cli;
import io.sanshen.testkit.SiteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --out} as a careless or hostile command line would give it: a build replaces its output folder
 * whole, so every target that is not new, empty or a previous Sanshen output is refused with exit 2 and nothing
 * is touched. Also the leftovers of a killed build.
 */
class OutputTargetTest {
    @TempDir
    Path tmp;
    Path site;

    @BeforeEach
    void writeSite() throws Exception {
        site = tmp.resolve("site");
        SiteFiles.write(site, SiteFiles.CONFIG + SiteBuildTest.CONTENT);
        SiteBuildTest.copyTemplates(site);
        Files.createDirectories(site.resolve(".git"));
        Files.writeString(site.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    }

    private Cli build(Path out) {
        return Cli.run("build", "--no-review", "--site", site.toString(), "--out", out.toString());
    }

    private void assertRefusedAndSiteIntact(Path out) throws Exception {
        Cli r = build(out);
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains("build.output-refused").contains("拒绝输出到");
        assertThat(site.resolve("site-config.yml")).isRegularFile();
        assertThat(site.resolve("content/news/2026-05-01-meeting.md")).isRegularFile();
        assertThat(site.resolve("templates/layout.ftlh")).isRegularFile();
        assertThat(site.resolve(".git/HEAD")).isRegularFile();
    }

    @Test
    void refusesTheSiteFolderItself() throws Exception {
        assertRefusedAndSiteIntact(site);
        assertRefusedAndSiteIntact(site.resolve("."));
        assertRefusedAndSiteIntact(site.resolve("content/.."));
    }

    @Test
    void refusesAFolderAboveTheSite() throws Exception {
        assertRefusedAndSiteIntact(tmp);
    }

    @Test
    void refusesTheFoldersTheSiteIsMadeOf() throws Exception {
        for (String part : new String[] {"content", "templates", ".git", "content/news", "rules"}) {
            assertRefusedAndSiteIntact(site.resolve(part));
        }
    }

    @Test
    void refusesALinkToTheSite() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("link"), site);
        assertRefusedAndSiteIntact(link);
        assertRefusedAndSiteIntact(link.resolve("content"));
    }

    @Test
    void refusesAForeignNonEmptyFolder() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("thesis.txt"), "三年的工作");
        Cli r = build(docs);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("不是三审生成的输出");
        assertThat(docs.resolve("thesis.txt")).hasContent("三年的工作");
    }

    @Test
    void aForgedMarkerThatIsALinkDoesNotMakeAFolderAnOutput() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("thesis.txt"), "三年的工作");
        Path real = Files.writeString(tmp.resolve("marker"), "sanshen-output: 1\nmode: publish\n");
        Files.createSymbolicLink(docs.resolve(OutputMarker.FILE), real);
        assertThat(build(docs).exit()).isEqualTo(2);
        assertThat(docs.resolve("thesis.txt")).hasContent("三年的工作");
    }

    @Test
    void writesIntoNewAndEmptyFoldersAndReplacesItsOwnOutput() throws Exception {
        Path fresh = tmp.resolve("out/new");
        assertThat(build(fresh).exit()).isZero();
        assertThat(fresh.resolve("index.html")).isRegularFile();
        assertThat(OutputMarker.read(fresh)).hasValue(io.sanshen.render.BuildMode.NO_REVIEW);
        Files.writeString(fresh.resolve("stale.html"), "x");
        Cli again = build(fresh);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(fresh.resolve("stale.html")).doesNotExist();

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(build(empty).exit()).isZero();
        assertThat(Cli.run("build", "--no-review", "--site", site.toString()).exit()).isZero();
        assertThat(site.resolve("public/index.html")).isRegularFile();
    }

    @Test
    void removesWhatAKilledBuildLeftButNothingElse() throws Exception {
        Path out = tmp.resolve("public");
        long dead = deadPid();
        Path staged = leftover(".public.new-" + dead + "-123", true);
        Path oldOne = leftover(".public.old-" + dead + "-456", true);
        Path unmarked = leftover(".public.new-" + dead + "-789", false);
        Path running = leftover(".public.new-" + ProcessHandle.current().pid() + "-1", true);
        Path otherOutput = leftover(".docs.new-" + dead + "-1", true);

        Cli r = build(out);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(staged).doesNotExist();
        assertThat(oldOne).doesNotExist();
        assertThat(unmarked.resolve("page.html")).isRegularFile();
        assertThat(running.resolve("page.html")).isRegularFile();
        assertThat(otherOutput.resolve("page.html")).isRegularFile();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "public",
                    unmarked.getFileName().toString(), running.getFileName().toString(),
                    otherOutput.getFileName().toString());
        }
    }

    private Path leftover(String name, boolean marked) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("page.html"), "<p>半成品</p>");
        if (marked) {
            Files.writeString(dir.resolve(OutputMarker.FILE), "sanshen-output: 1\nmode: publish\n");
        }
        return dir;
    }

    /** The id of a process that has ended, as a killed build's would be. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long pid = p.pid();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        return pid;
    }
}
