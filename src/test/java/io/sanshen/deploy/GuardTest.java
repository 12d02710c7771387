package io.sanshen.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.build.SiteManifest;
import io.sanshen.testkit.TestKeys;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 网页防篡改: a changed byte, an added file and a removed file are each named, and the signed bytes come back. */
class GuardTest {
    @TempDir
    Path tmp;

    private Path deployed(Path root) throws Exception {
        Path out = DeployFixture.output(tmp.resolve("build/public"), "A", DeployFixture.T0, Map.of());
        try (Target t = new LocalTarget("local", root)) {
            Deployer.deploy(out, DeployFixture.manifest(out), t, 5);
        }
        return out;
    }

    private static void tamper(Path live) throws Exception {
        byte[] page = Files.readAllBytes(live.resolve("news/a.html"));
        page[page.length - 3] ^= 1; // one bit of one byte
        Files.write(live.resolve("news/a.html"), page);
        Files.writeString(live.resolve("news/hacked.html"), "<h1>hacked</h1>");
        Files.delete(live.resolve("assets/site.css"));
    }

    @Test
    void namesAChangedByteAnAddedFileAndAMissingOneAndRestoresTheSignedVersions() throws Exception {
        Path root = tmp.resolve("www");
        Path out = deployed(root);
        tamper(root.resolve("current"));
        try (Target t = new LocalTarget("local", root)) {
            SignedManifest.Loaded loaded = SignedManifest.load(t, Releases.CURRENT, DeployFixture.trusted());
            assertThat(loaded.problems()).isEmpty();
            SiteManifest manifest = loaded.manifest().orElseThrow();
            Guard.Report report = Guard.compare(t, Releases.CURRENT, manifest);
            assertThat(report.added()).containsExactly("news/hacked.html");
            assertThat(report.changed()).containsExactly("news/a.html");
            assertThat(report.missing()).containsExactly("assets/site.css");
            assertThat(report.findings("current")).extracting(f -> f.ruleId() + " " + f.pos().path()).containsExactly(
                    "guard.added current/news/hacked.html", "guard.changed current/news/a.html",
                    "guard.missing current/assets/site.css");

            // the release was changed in place (hard links share it): only the pristine output holds good bytes
            List<String> lost = Guard.restore(t, Releases.CURRENT, manifest, report,
                    List.of(new Guard.Source(t, Releases.path(manifest.buildId()))));
            assertThat(lost).containsExactly("news/a.html", "assets/site.css");
            lost = Guard.restore(t, Releases.CURRENT, manifest, Guard.compare(t, Releases.CURRENT, manifest),
                    List.of(new Guard.Source(new LocalTarget("public", out), ".")));
            assertThat(lost).isEmpty();
            assertThat(Guard.compare(t, Releases.CURRENT, manifest).clean()).isTrue();
            assertThat(root.resolve("current/news/a.html")).hasSameBinaryContentAs(out.resolve("news/a.html"));
        }
    }

    @Test
    void refusesAManifestWithABadSignatureOrSignedByAnotherKey() throws Exception {
        Path root = tmp.resolve("www");
        deployed(root);
        Path live = root.resolve("current");
        try (Target t = new LocalTarget("local", root)) {
            List<io.sanshen.review.signature.ReviewerKey> other = List.of(io.sanshen.review.signature.PublicKeys
                    .parseSsh(TestKeys.sshEd25519Other().publicLine()));
            assertThat(SignedManifest.load(t, Releases.CURRENT, other).problems())
                    .extracting(f -> f.ruleId()).containsExactly("deploy.manifest-signature");

            // a manifest that leaves out the hacked file, its signature kept
            String text = Files.readString(live.resolve(SiteManifest.FILE)).replaceAll("(?m)^.*  news/a\\.html\\n", "");
            Files.writeString(live.resolve(SiteManifest.FILE), text);
            SignedManifest.Loaded forged = SignedManifest.load(t, Releases.CURRENT, DeployFixture.trusted());
            assertThat(forged.manifest()).isEmpty();
            assertThat(forged.problems()).extracting(f -> f.ruleId() + " " + f.pos().path())
                    .containsExactly("deploy.manifest-signature current/.sanshen-manifest.sig");

            Files.delete(live.resolve(SiteManifest.SIGNATURE));
            assertThat(SignedManifest.load(t, Releases.CURRENT, DeployFixture.trusted()).problems())
                    .extracting(f -> f.ruleId()).containsExactly("deploy.manifest-unsigned");
        }
    }

    @Test
    void findsTamperingOverSftpAndOverHttp() throws Exception {
        Path server = Files.createDirectories(tmp.resolve("server"));
        Path out = DeployFixture.output(tmp.resolve("build/public"), "A", DeployFixture.T0, Map.of());
        SiteManifest manifest = DeployFixture.manifest(out);
        try (DeployFixture.Sftp sftp = new DeployFixture.Sftp(server, tmp.resolve("build/deploy-key.pub"));
                Target t = SftpTarget.open(sftp.target("/srv/portal"), tmp.resolve("build/deploy-key"))) {
            Deployer.deploy(out, manifest, t, 5);
            Path live = server.resolve("srv/portal/current");
            tamper(live);
            Guard.Report report = Guard.compare(t, Releases.CURRENT, manifest);
            assertThat(report.added()).containsExactly("news/hacked.html");
            assertThat(report.changed()).containsExactly("news/a.html");
            assertThat(report.missing()).containsExactly("assets/site.css");

            try (WebServer web = new WebServer(live)) {
                Guard.Report seen = HttpGuard.compare(URI.create(web.base()), manifest);
                assertThat(seen.changed()).containsExactly("news/a.html");
                assertThat(seen.missing()).containsExactly("assets/site.css");

                assertThat(Guard.restore(t, Releases.CURRENT, manifest, report,
                        List.of(new Guard.Source(new LocalTarget("public", out), ".")))).isEmpty();
                assertThat(HttpGuard.compare(URI.create(web.base()), manifest).clean()).isTrue();
            }
            assertThat(live.resolve("news/hacked.html")).doesNotExist();
        }
    }

    @Test
    void watchRestoresAChangedFileWithinSeconds() throws Exception {
        Path root = tmp.resolve("www");
        Path out = deployed(root);
        Path live = root.resolve("current");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (Target t = new LocalTarget("local", root)) {
            SiteManifest manifest = DeployFixture.manifest(out);
            Thread watcher = new Thread(() -> {
                try {
                    GuardWatch.watch(live, () -> {
                        Guard.Report r = Guard.compare(t, Releases.CURRENT, manifest);
                        if (!r.clean()) {
                            Guard.restore(t, Releases.CURRENT, manifest, r,
                                    List.of(new Guard.Source(new LocalTarget("public", out), ".")));
                        }
                    });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            watcher.start();
            Thread.sleep(300);
            Files.writeString(live.resolve("index.html"), "<h1>defaced</h1>");
            long deadline = System.nanoTime() + 4_000_000_000L;
            while (System.nanoTime() < deadline
                    && !Files.readString(live.resolve("index.html")).equals(DeployFixture.page("A", "index.html"))) {
                Thread.sleep(50);
            }
            watcher.interrupt();
            watcher.join(5000);
            assertThat(failure.get()).isNull();
            assertThat(Files.readString(live.resolve("index.html"))).isEqualTo(DeployFixture.page("A", "index.html"));
        }
    }

    @Test
    void theWatchingServiceFollowsANewDeploymentInsteadOfRevertingIt() throws Exception {
        Path root = tmp.resolve("www");
        Path a = deployed(root);
        Path live = root.resolve("current");
        AtomicReference<io.sanshen.testkit.Cli> result = new AtomicReference<>();
        Thread service = new Thread(() -> result.set(io.sanshen.testkit.Cli.run("guard", "--site", tmp.toString(),
                "--dir", live.toString(), "--trusted-key", tmp.resolve("build/deploy-key.pub").toString(),
                "--restore", "--from", a.toString(), "--watch")));
        service.start();
        Path css = live.resolve("assets/site.css"); // the same bytes in A and B: --from A holds a good copy
        try {
            Thread.sleep(300);
            Files.delete(css);
            assertThat(reappears(css)).as("the service runs").isTrue();
            Path b = DeployFixture.output(tmp.resolve("b/public"), "B", DeployFixture.T0.plusSeconds(1), Map.of());
            try (Target t = new LocalTarget("local", root)) {
                Deployer.deploy(b, DeployFixture.manifest(b), t, 5);
            }
            Thread.sleep(1000);
            Files.delete(css);
            assertThat(reappears(css)).as("restored in the new release").isTrue();
        } finally {
            service.interrupt();
            service.join(5000);
        }
        assertThat(Files.readString(live.resolve("index.html"))).as("B stays online, checked against B's manifest")
                .isEqualTo(DeployFixture.page("B", "index.html"));
    }

    private static boolean reappears(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + 8_000_000_000L;
        while (System.nanoTime() < deadline && !Files.exists(file)) {
            Thread.sleep(50);
        }
        return Files.exists(file);
    }
}
