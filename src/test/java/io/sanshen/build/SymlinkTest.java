package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.testkit.Cli;
import io.sanshen.testkit.SiteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links among the files a build reads besides content (templates, assets, word lists, site-config.yml),
 * planted to carry a file from elsewhere on the machine into the published site: the build fails naming the link
 * and nothing is written.
 */
class SymlinkTest {
    static final String SECRET = "root:x:0:0:TOP-SECRET-TOKEN";

    @TempDir
    Path tmp;
    Path site;
    Path secret;
    Path out;

    @BeforeEach
    void writeSite() throws Exception {
        site = tmp.resolve("site");
        SiteFiles.write(site, SiteFiles.CONFIG + SiteBuildTest.CONTENT);
        SiteBuildTest.copyTemplates(site);
        secret = Files.writeString(tmp.resolve("passwd"), SECRET);
        out = tmp.resolve("public");
    }

    private void assertRefused(Cli r, String link, int exit) throws Exception {
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(exit);
        assertThat(r.err()).contains(link).contains("符号链接");
        assertThat(out).doesNotExist();
        assertThat(r.out() + r.err()).doesNotContain("TOP-SECRET-TOKEN");
    }

    private Cli build(String... mode) {
        String[] args = Stream.concat(Stream.of("build", "--site", site.toString(), "--out", out.toString()),
                Stream.of(mode)).toArray(String[]::new);
        return Cli.run(args);
    }

    @Test
    void anAssetLinkedToASystemFileFailsTheBuild() throws Exception {
        Files.createSymbolicLink(site.resolve("templates/assets/passwd.css"), secret);
        assertRefused(build("--no-review"), "templates/assets/passwd.css", 1);
        assertRefused(build("--preview"), "templates/assets/passwd.css", 1);
    }

    @Test
    void aLinkedAssetFolderFailsTheBuild() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("etc"));
        Files.writeString(dir.resolve("shadow"), SECRET);
        Files.createSymbolicLink(site.resolve("templates/assets/etc"), dir);
        assertRefused(build("--no-review"), "templates/assets/etc", 1);
    }

    @Test
    void aLinkedTemplateOrTemplatesFolderFailsTheBuild() throws Exception {
        Path evil = Files.writeString(tmp.resolve("evil.ftlh"), "${'" + SECRET + "'}");
        Files.delete(site.resolve("templates/404.ftlh"));
        Files.createSymbolicLink(site.resolve("templates/404.ftlh"), evil);
        assertRefused(build("--no-review"), "templates/404.ftlh", 1);

        Path moved = Files.move(site.resolve("templates"), tmp.resolve("elsewhere"));
        Files.createSymbolicLink(site.resolve("templates"), moved);
        assertRefused(build("--no-review"), "templates", 1);
    }

    @Test
    void aLinkedWordListFailsTheBuild() throws Exception {
        Files.createDirectories(site.resolve("rules"));
        Files.createSymbolicLink(site.resolve("rules/typos.txt"), secret);
        assertRefused(build("--no-review"), "rules/typos.txt", 1);
    }

    @Test
    void aLinkedSiteConfigIsRefused() throws Exception {
        Path real = Files.move(site.resolve("site-config.yml"), tmp.resolve("site-config.yml"));
        Files.createSymbolicLink(site.resolve("site-config.yml"), real);
        Cli r = build("--no-review");
        assertRefused(r, "site-config.yml", 2);
        assertThat(r.err()).contains("config.symlink");
    }

    @Test
    void aWordListFolderOutsideTheSiteIsRefused() throws Exception {
        Path lists = Files.createDirectories(tmp.resolve("lists"));
        Files.writeString(lists.resolve("typos.txt"), SECRET);
        Path config = site.resolve("site-config.yml");
        String text = Files.readString(config);
        Files.writeString(config, text.contains("checks:") ? text.replace("checks:", "checks:\n  word-lists: ../lists")
                : text + "checks:\n  word-lists: ../lists\n");
        Cli r = build("--no-review");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("config.path-outside");
        assertThat(out).doesNotExist();
    }

    @Test
    void anAdminApprovedLinkInGitFailsThePublishingBuild() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp.resolve("reviewed"));
        Files.createSymbolicLink(s.root.resolve("templates/assets/passwd.css"), secret);
        s.commitAll("style");
        s.approve("管理员戊", "admin", "templates/assets/passwd.css");
        Path pub = s.out(false);
        Cli r = Cli.run("build", "--site", s.root.toString(), "--out", pub.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains("templates/assets/passwd.css").contains("符号链接");
        assertThat(pub).doesNotExist();
    }
}
