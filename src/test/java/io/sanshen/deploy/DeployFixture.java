package io.sanshen.deploy;

import io.sanshen.build.ManifestWriter;
import io.sanshen.build.SiteManifest;
import io.sanshen.config.DeployTarget;
import io.sanshen.diag.SourcePos;
import io.sanshen.render.BuildMode;
import io.sanshen.render.OutputTree;
import io.sanshen.review.signature.PublicKeys;
import io.sanshen.review.signature.ReviewerKey;
import io.sanshen.testkit.TestKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * Publishing outputs as the build writes them (marker, marked pages, signed manifest) with pages that name their
 * release, a deploy key, and a real SFTP server (Apache MINA SSHD on 127.0.0.1, key login only, rooted in a folder).
 */
final class DeployFixture {
    static final TestKeys.SshKey DEPLOY_KEY = TestKeys.newSshEd25519("ci-deploy@test.gov.cn");
    static final Instant T0 = Instant.parse("2026-05-22T01:00:00Z");

    private DeployFixture() {
    }

    static List<ReviewerKey> trusted() {
        return List.of(PublicKeys.parseSsh(DEPLOY_KEY.publicLine()));
    }

    /** The page of {@code path} in release {@code release}. */
    static String page(String release, String path) {
        return "<html><head><meta name=\"sanshen-build\" content=\"publish\"></head><body>" + release + " " + path
                + "</body></html>\n";
    }

    /** A publishing output with an index, {@code pages} more and a shared asset, signed with the deploy key. */
    static Path output(Path dir, String release, Instant time, Map<String, String> extra) throws Exception {
        Path key = DEPLOY_KEY.writeTo(java.nio.file.Files.createDirectories(dir.getParent()), "deploy-key");
        try (OutputTree out = OutputTree.beginAt(dir, BuildMode.PUBLISH, 2)) {
            out.write("index.html", page(release, "index.html"));
            out.write("news/a.html", page(release, "news/a.html"));
            out.write("assets/site.css", "body{color:#333}\n");
            extra.forEach(out::write);
            ManifestWriter.write(out.stagingDir(), "0123456789abcdef0123456789abcdef01234567", "", Optional.of(key), time);
            out.commit();
        }
        return dir;
    }

    static SiteManifest manifest(Path output) throws IOException {
        return SiteManifest.parse(java.nio.file.Files.readAllBytes(output.resolve(SiteManifest.FILE)));
    }

    /** A running SFTP server whose file system is {@code root}; close it after use. */
    static final class Sftp implements AutoCloseable {
        final SshServer server;
        final String hostKeyLine;

        Sftp(Path root, Path clientPublicKey) throws Exception {
            KeyPair host = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
            hostKeyLine = PublicKeyEntry.toString(host.getPublic());
            java.security.PublicKey allowed = PublicKeyEntry.parsePublicKeyEntry(
                    java.nio.file.Files.readString(clientPublicKey).strip()).resolvePublicKey(null, null, null);
            server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(0);
            server.setKeyPairProvider(KeyPairProvider.wrap(host));
            // one fast key exchange: the default list starts with post-quantum hybrids, seconds in a loaded JVM
            server.setKeyExchangeFactories(org.apache.sshd.common.NamedFactory.setUpTransformedFactories(false,
                    List.of(org.apache.sshd.common.kex.BuiltinDHFactories.ecdhp256), org.apache.sshd.server.ServerBuilder.DH2KEX));
            server.setPublickeyAuthenticator((user, key, session) -> user.equals("deploy") && KeyUtils.compareKeys(allowed, key));
            server.setPasswordAuthenticator(null);
            server.setKeyboardInteractiveAuthenticator(null);
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.setFileSystemFactory(new VirtualFileSystemFactory(root));
            server.start();
        }

        DeployTarget target(String path) {
            return new DeployTarget("web1", "127.0.0.1", server.getPort(), "deploy", path, hostKeyLine, SourcePos.file("site-config.yml"));
        }

        @Override
        public void close() throws IOException {
            server.stop(true);
        }
    }
}
