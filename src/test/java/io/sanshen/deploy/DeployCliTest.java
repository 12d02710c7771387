package io.sanshen.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.build.ReviewedSite;
import io.sanshen.build.SiteManifest;
import io.sanshen.testkit.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path on a real reviewed site: a publishing build signs its manifest, deploy puts it online on the
 * approved policy's target and records it in the ledger, guard finds tampering and restores, and nothing but a
 * publishing build's signed output is deployed.
 */
class DeployCliTest {
    @TempDir
    Path tmp;

    @Test
    void buildDeployLedgerGuardAndRestoreThroughTheCommandLine() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        Path key = DeployFixture.DEPLOY_KEY.writeTo(tmp, "deploy-key");
        Path www = tmp.resolve("www");
        String config = Files.readString(s.root.resolve("site-config.yml")).replace("version: 1", "version: 2")
                + "deploy:\n  keys: [\"" + DeployFixture.DEPLOY_KEY.publicLine() + "\"]\n  keep: 3\n  targets:\n"
                + "    - {name: local, path: " + www + "}\n";
        s.write("site-config.yml", config);
        s.write("content/news/a.md", ReviewedSite.item("已审核的稿件", ReviewedSite.TODAY, "正文。"));
        s.commitAll("deploy target and an item");
        assertThat(s.approve("管理员戊", "admin", "site-config.yml").exit()).isZero();
        String[] who = {"信息员甲", "科长乙", "分管丙"};
        for (int level = 1; level <= 3; level++) {
            Cli r = s.approve(who[level - 1], Integer.toString(level), "content/news/a.md");
            assertThat(r.exit()).as(r.err()).isZero();
        }
        String site = s.root.toString();

        Cli build = Cli.run("build", "--site", site, "--manifest-key", key.toString());
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(s.root.resolve("public").resolve(SiteManifest.SIGNATURE)).exists();
        Cli deploy = Cli.run("deploy", "--site", site, "--key", key.toString());
        assertThat(deploy.exit()).as(deploy.err()).isZero();
        assertThat(deploy.out()).contains("local").contains("已上线");
        assertThat(www.resolve("current/news/a.html")).hasSameBinaryContentAs(s.root.resolve("public/news/a.html"));

        Cli ledger = Cli.run("ledger", "--site", site);
        assertThat(ledger.exit()).as(ledger.err()).isZero();
        assertThat(ledger.out()).contains("上线").contains(DeployFixture.manifest(s.root.resolve("public")).sha256());

        Files.writeString(www.resolve("current/news/a.html"), "<h1>hacked</h1>");
        Cli guard = Cli.run("guard", "--site", site, "--target", "local");
        assertThat(guard.exit()).isEqualTo(1);
        assertThat(guard.err()).contains("guard.changed").contains("news/a.html");
        Cli restore = Cli.run("guard", "--site", site, "--target", "local", "--restore", "--from",
                s.root.resolve("public").toString());
        assertThat(restore.exit()).isEqualTo(1);
        assertThat(Cli.run("guard", "--site", site).exit()).as("every target, none named").isZero();
        assertThat(www.resolve("current/news/a.html")).hasSameBinaryContentAs(s.root.resolve("public/news/a.html"));

        Cli nginx = Cli.run("deploy", "--site", site, "--print-nginx");
        assertThat(nginx.exit()).as(nginx.err()).isZero();
        assertThat(nginx.out()).contains("script-src 'self'").contains("root " + www + "/current;")
                .contains("error_page 404 /404.html;").doesNotContain("unsafe-inline");

        // the marker of another kind of build is refused before any manifest is looked at
        Files.writeString(s.root.resolve("public/.sanshen-output"), "sanshen-output: 1\nmode: preview\n");
        Cli preview = Cli.run("deploy", "--site", site, "--key", key.toString());
        assertThat(preview.exit()).isEqualTo(1);
        assertThat(preview.err()).contains("deploy.not-published");
    }
}
