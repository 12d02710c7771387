package io.sanshen.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanshen.build.SiteManifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deployment to a folder and to a real SFTP server: atomic for readers, reuses unchanged files, rolls back. */
class DeployerTest {
    @TempDir
    Path tmp;

    private Path release(String name, int second, Map<String, String> extra) throws Exception {
        return DeployFixture.output(tmp.resolve("build-" + name).resolve("public"), name,
                DeployFixture.T0.plusSeconds(second), extra);
    }

    @Test
    void switchesAtomicallyUnderConcurrentReadsOnALocalTarget() throws Exception {
        Path root = tmp.resolve("www");
        try (Target target = new LocalTarget("local", root)) {
            atomicUnderReads(target, root);
        }
    }

    @Test
    void switchesAtomicallyUnderConcurrentReadsOverSftp() throws Exception {
        Path server = Files.createDirectories(tmp.resolve("server"));
        DeployFixture.DEPLOY_KEY.writeTo(tmp, "deploy-key");
        try (DeployFixture.Sftp sftp = new DeployFixture.Sftp(server, tmp.resolve("deploy-key.pub"));
                Target target = SftpTarget.open(sftp.target("/srv/portal"), tmp.resolve("deploy-key"))) {
            atomicUnderReads(target, server.resolve("srv/portal"));
        }
    }

    private void atomicUnderReads(Target target, Path root) throws Exception {
        Path a = release("A", 0, Map.of());
        Path b = release("B", 1, Map.of("news/b.html", DeployFixture.page("B", "news/b.html")));
        Path c = release("C", 2, Map.of());
        Deployer.deploy(a, DeployFixture.manifest(a), target, 5);
        List<String> paths = List.of("index.html", "news/a.html");
        try (WebServer web = new WebServer(root.resolve("current"))) {
            Map<String, List<String>> seen = web.readWhile(paths, 2, () -> {
                Deployer.deploy(b, DeployFixture.manifest(b), target, 5);
                Deployer.deploy(c, DeployFixture.manifest(c), target, 5);
            });
            for (String p : paths) {
                List<String> answers = seen.get(p);
                // every answer is one whole release's page: never a 404, a half-written file or a mix
                assertThat(answers).isNotEmpty().allSatisfy(s -> assertThat(s).isIn(
                        "200 " + DeployFixture.page("A", p), "200 " + DeployFixture.page("B", p),
                        "200 " + DeployFixture.page("C", p)));
            }
            assertThat(seen.get("index.html")).as("the loop read across the switches")
                    .contains("200 " + DeployFixture.page("A", "index.html"));
        }
        assertThat(Files.readString(root.resolve("current/news/a.html"))).contains("C news/a.html");
        assertThat(root.resolve("current/news/b.html")).doesNotExist();
    }

    @Test
    void uploadsOnlyChangedFilesAndRollsBackOneRelease() throws Exception {
        Path root = tmp.resolve("www");
        Path a = release("A", 0, Map.of());
        Path b = release("B", 1, Map.of());
        try (Target target = new LocalTarget("local", root)) {
            Deployer.Result first = Deployer.deploy(a, DeployFixture.manifest(a), target, 5);
            assertThat(first.previous()).isEmpty();
            Deployer.Result second = Deployer.deploy(b, DeployFixture.manifest(b), target, 5);
            // index.html and news/a.html name their release; the stylesheet and the marker are the same bytes
            assertThat(second.uploaded()).isEqualTo(2);
            assertThat(second.linked()).isEqualTo(2);
            assertThat(second.previous()).contains(first.release());
            assertThat(Files.readString(root.resolve("current/index.html"))).contains("B index.html");

            Optional<Deployer.Result> back = Deployer.rollback(target);
            assertThat(back).map(Deployer.Result::release).contains(first.release());
            assertThat(Files.readString(root.resolve("current/index.html"))).contains("A index.html");
            assertThat(Deployer.rollback(target)).as("nothing before the first release").isEmpty();
        }
    }

    @Test
    void keepsOnlyTheLastReleasesButNeverTheLiveOne() throws Exception {
        Path root = tmp.resolve("www");
        try (Target target = new LocalTarget("local", root)) {
            for (int i = 0; i < 4; i++) {
                Path out = release("R" + i, i, Map.of());
                Deployer.deploy(out, DeployFixture.manifest(out), target, 2);
            }
            assertThat(new Releases(target).all()).hasSize(2);
            assertThat(Files.readString(root.resolve("current/index.html"))).contains("R3 index.html");
        }
    }

    @Test
    void anInterruptedUploadLeavesTheLiveReleaseUntouched() throws Exception {
        Path root = tmp.resolve("www");
        Path a = release("A", 0, Map.of());
        Path b = release("B", 1, Map.of("news/b.html", DeployFixture.page("B", "news/b.html")));
        try (Target local = new LocalTarget("local", root)) {
            Deployer.deploy(a, DeployFixture.manifest(a), local, 5);
            Target cutOff = new FailingTarget(local, 2);
            assertThatThrownBy(() -> Deployer.deploy(b, DeployFixture.manifest(b), cutOff, 5))
                    .isInstanceOf(IOException.class);
            assertThat(Files.readString(root.resolve("current/index.html"))).contains("A index.html");
            assertThat(root.resolve("current/news/b.html")).doesNotExist();
            assertThat(new Releases(local).all()).hasSize(1);

            Deployer.deploy(b, DeployFixture.manifest(b), local, 5);
            assertThat(Files.readString(root.resolve("current/news/b.html"))).contains("B news/b.html");
            try (var left = Files.list(root.resolve("releases"))) {
                assertThat(left.map(p -> p.getFileName().toString())).as("the partial upload is cleaned up")
                        .noneMatch(n -> n.startsWith("."));
            }
        }
    }

    @Test
    void refusesAnOutputChangedAfterItsManifestWasSigned() throws Exception {
        Path a = release("A", 0, Map.of());
        Files.writeString(a.resolve("news/a.html"), DeployFixture.page("X", "news/a.html"));
        SignedManifest.Loaded gate = DeployGate.check(a, DeployFixture.trusted());
        assertThat(gate.manifest()).isEmpty();
        assertThat(gate.problems()).extracting(f -> f.ruleId() + " " + f.pos().path())
                .containsExactly("guard.changed public/news/a.html");
    }

    /** Passes calls through until the {@code n}-th write, which fails as a dropped connection would. */
    private static final class FailingTarget implements Target {
        private final Target inner;
        private int writesLeft;

        FailingTarget(Target inner, int n) {
            this.inner = inner;
            this.writesLeft = n;
        }

        @Override
        public void write(String path, InputStream in) throws IOException {
            if (--writesLeft < 0) {
                throw new IOException("connection lost");
            }
            inner.write(path, in);
        }

        @Override public String describe() { return inner.describe(); }
        @Override public Optional<Kind> kind(String p) throws IOException { return inner.kind(p); }
        @Override public List<String> list(String d) throws IOException { return inner.list(d); }
        @Override public void mkdirs(String d) throws IOException { inner.mkdirs(d); }
        @Override public InputStream read(String p) throws IOException { return inner.read(p); }
        @Override public boolean hardLink(String e, String l) throws IOException { return inner.hardLink(e, l); }
        @Override public void symlink(String l, String t) throws IOException { inner.symlink(l, t); }
        @Override public Optional<String> readLink(String p) throws IOException { return inner.readLink(p); }
        @Override public void replace(String f, String t) throws IOException { inner.replace(f, t); }
        @Override public void delete(String p) throws IOException { inner.delete(p); }
        @Override public void close() { }
    }
}
