package io.sanshen.review.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sanshen.review.signature.Verification.Status;
import io.sanshen.testkit.TestKeys;
import io.sanshen.testkit.TestRepos;

class CommitSignerTest {
    @TempDir
    Path tmp;
    Repository repo;
    RevCommit item;

    @BeforeEach
    void repoWithOneItem() {
        repo = TestRepos.init(tmp.resolve("repo"));
        item = TestRepos.commitFile(repo, "content/news/2024-05-22-meeting.md", "# 会议\n", "稿件");
    }

    @Test
    void approvalIsAnEmptyCommitOnTheCurrentBranch() throws Exception {
        RevCommit c = CommitSigner.withSshKey(TestKeys.sshEd25519().writeTo(tmp, "id"))
                .commitEmpty(repo, "审核通过\n\nSanshen-Review: approve", TestRepos.person("科长", "chief@example.gov.cn"));
        assertThat(c.getTree()).isEqualTo(item.getTree());
        assertThat(c.getParents()).containsExactly(item);
        assertThat(repo.exactRef("refs/heads/main").getObjectId()).isEqualTo(c);
        assertThat(c.getFullMessage()).isEqualTo("审核通过\n\nSanshen-Review: approve\n");
        assertThat(c.getAuthorIdent().getEmailAddress()).isEqualTo("chief@example.gov.cn");
    }

    @Test
    void payloadIsTheCommitWithoutItsSignatureHeader() throws Exception {
        RevCommit c = CommitSigner.withSshKey(TestKeys.sshEd25519().writeTo(tmp, "id"))
                .commitEmpty(repo, Commits.APPROVAL, TestRepos.person("科长", "chief@example.gov.cn"));
        CommitBuilder unsigned = new CommitBuilder();
        unsigned.setTreeId(c.getTree());
        unsigned.setParentId(item);
        unsigned.setAuthor(c.getAuthorIdent());
        unsigned.setCommitter(c.getCommitterIdent());
        unsigned.setEncoding(StandardCharsets.UTF_8);
        unsigned.setMessage(Commits.APPROVAL);
        CommitSignature sig = CommitSignature.of(c);
        assertThat(sig.payload()).isEqualTo(unsigned.build());
        assertThat(sig.armored()).startsWith("-----BEGIN SSH SIGNATURE-----\n").endsWith("-----END SSH SIGNATURE-----\n");
    }

    @Test
    void signSetsTheSignatureInPlaceAndWritesNothing() throws Exception {
        CommitBuilder c = new CommitBuilder();
        c.setTreeId(item.getTree());
        c.setParentId(item);
        c.setAuthor(TestRepos.person("科长", "chief@example.gov.cn"));
        c.setCommitter(c.getAuthor());
        c.setEncoding(StandardCharsets.UTF_8);
        c.setMessage(Commits.APPROVAL);
        CommitSigner signer = CommitSigner.withSshKey(TestKeys.sshEd25519().writeTo(tmp, "id"));
        signer.sign(c);
        signer.sign(c); // signing again replaces the signature instead of signing it
        CommitSignature sig = CommitSignature.of(c.build());
        assertThat(SignatureVerifier.verify(sig, List.of(PublicKeys.parseSsh(TestKeys.sshEd25519().publicLine()))).status())
                .isEqualTo(Status.GOOD);
        assertThat(repo.exactRef("refs/heads/main").getObjectId()).isEqualTo(item);
        ObjectId id = new ObjectInserter.Formatter().idFor(Constants.OBJ_COMMIT, c.build());
        assertThat(repo.getObjectDatabase().has(id)).isFalse();
    }

    @Test
    void splitDropsSha256SignatureHeaderToo() {
        String raw = "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n"
                + "author A <a@x> 1 +0000\ncommitter A <a@x> 1 +0000\n"
                + "gpgsig-sha256 -----BEGIN SSH SIGNATURE-----\n other\n -----END SSH SIGNATURE-----\n"
                + "gpgsig -----BEGIN PGP SIGNATURE-----\n \n abc\n -----END PGP SIGNATURE-----\n"
                + "\nmessage\n gpgsig in the message stays\n";
        CommitSignature sig = CommitSignature.of(raw.getBytes(StandardCharsets.UTF_8));
        assertThat(sig.format()).isEqualTo(SignatureFormat.OPENPGP);
        assertThat(sig.armored()).isEqualTo("-----BEGIN PGP SIGNATURE-----\n\nabc\n-----END PGP SIGNATURE-----\n");
        assertThat(new String(sig.payload(), StandardCharsets.UTF_8)).isEqualTo(
                "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor A <a@x> 1 +0000\ncommitter A <a@x> 1 +0000\n"
                        + "\nmessage\n gpgsig in the message stays\n");
    }

    @Test
    void encryptedSshKeyIsRefusedWithAClearMessage() throws Exception {
        Path key = tmp.resolve("id_enc");
        Processes.run(tmp, "ssh-keygen", "-q", "-t", "ed25519", "-N", "secret", "-C", "enc", "-f", key.toString());
        assertThatThrownBy(() -> CommitSigner.withSshKey(key))
                .isInstanceOfSatisfying(SigningException.class, e -> {
                    assertThat(e.problem().key()).isEqualTo("sign.ssh.encrypted");
                    assertThat(e.problem().zh()).contains("口令");
                });
    }

    @Test
    void passphraseProtectedKeysOpenWithTheirPassphraseOnly() throws Exception {
        // comments of every length mod 16, so the AES padding takes every length (Bouncy Castle reads at most 7)
        String[] types = {"ed25519", "ecdsa", "rsa"};
        for (int i = 0; i < 16; i++) {
            String type = types[i % 3];
            Path key = tmp.resolve("id_enc_" + i);
            Processes.run(tmp, "ssh-keygen", "-q", "-t", type, "-b", type.equals("rsa") ? "2048" : "256", "-N", "口令 secret",
                    "-C", "c".repeat(i + 1), "-f", key.toString());
            ReviewerKey pub = PublicKeys.parseSsh(java.nio.file.Files.readString(Path.of(key + ".pub")));
            RevCommit c = CommitSigner.withSshKey(key, "口令 secret".toCharArray()).commitEmpty(repo, "enc " + i);
            assertThat(SignatureVerifier.verify(CommitSignature.of(c), List.of(pub)).status()).as(type + " " + i)
                    .isEqualTo(Status.GOOD);
            assertThatThrownBy(() -> CommitSigner.withSshKey(key, "wrong".toCharArray()))
                    .isInstanceOfSatisfying(SigningException.class,
                            e -> assertThat(e.problem().key()).as(type).isEqualTo("sign.ssh.passphrase"));
        }
        // other ciphers ssh-keygen offers for the file
        Path cbc = tmp.resolve("id_cbc");
        Processes.run(tmp, "ssh-keygen", "-q", "-t", "ed25519", "-N", "pw", "-Z", "aes128-cbc", "-f", cbc.toString());
        assertThat(CommitSigner.withSshKey(cbc, "pw".toCharArray()).commitEmpty(repo, "cbc")).isNotNull();
        Path gcm = tmp.resolve("id_gcm");
        Processes.run(tmp, "ssh-keygen", "-q", "-t", "ed25519", "-N", "pw", "-Z", "aes256-gcm@openssh.com", "-f", gcm.toString());
        assertThatThrownBy(() -> CommitSigner.withSshKey(gcm, "pw".toCharArray()))
                .isInstanceOfSatisfying(SigningException.class, e -> assertThat(e.problem().zh()).contains("aes256-ctr"));
    }

    @Test
    void keysHeldBySshAgentSignWithoutThePrivateKeyFile() throws Exception {
        Path sock = tmp.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", sock.toString()).redirectErrorStream(true).start();
        try {
            for (int i = 0; i < 100 && !java.nio.file.Files.exists(sock); i++) {
                Thread.sleep(50);
            }
            for (String type : List.of("ed25519", "ecdsa", "rsa")) {
                Path key = tmp.resolve("id_agent_" + type);
                Processes.run(tmp, "ssh-keygen", "-q", "-t", type, "-N", "", "-C", type, "-f", key.toString());
                Path pub = Path.of(key + ".pub");
                // not in the agent yet: refused, and said so
                assertThatThrownBy(() -> CommitSigner.withSshAgent(pub, sock).commitEmpty(repo, "no"))
                        .isInstanceOfSatisfying(SigningException.class,
                                e -> assertThat(e.problem().key()).isEqualTo("sign.agent.refused"));
                Processes.exec(tmp, java.util.Map.of("SSH_AUTH_SOCK", sock.toString()), "ssh-add", key.toString());
                java.nio.file.Files.delete(key); // the agent alone holds the private key now
                RevCommit c = CommitSigner.withSshAgent(pub, sock).commitEmpty(repo, "agent " + type);
                assertThat(SignatureVerifier.verify(CommitSignature.of(c),
                        List.of(PublicKeys.parseSsh(java.nio.file.Files.readString(pub)))).status()).as(type)
                        .isEqualTo(Status.GOOD);
            }
        } finally {
            agent.destroy();
        }
    }

    @Test
    void keysWrittenBySshKeygenSign() throws Exception {
        for (String type : List.of("ed25519", "ecdsa", "rsa")) {
            Path key = tmp.resolve("id_" + type);
            Processes.run(tmp, "ssh-keygen", "-q", "-t", type, "-N", "", "-C", type, "-f", key.toString());
            ReviewerKey pub = PublicKeys.parseSsh(java.nio.file.Files.readString(Path.of(key + ".pub")));
            RevCommit c = CommitSigner.withSshKey(key).commitEmpty(repo, "ok " + type);
            assertThat(SignatureVerifier.verify(CommitSignature.of(c), List.of(pub)).status()).as(type)
                    .isEqualTo(Status.GOOD);
        }
    }

    @Test
    void missingFileAndPublicKeyFileAreRefused() throws Exception {
        assertThatThrownBy(() -> CommitSigner.withSshKey(tmp.resolve("nope")))
                .isInstanceOfSatisfying(SigningException.class, e -> assertThat(e.problem().key()).isEqualTo("sign.ssh.read"));
        Path priv = TestKeys.sshEd25519().writeTo(tmp, "id");
        assertThatThrownBy(() -> CommitSigner.withSshKey(Path.of(priv + ".pub")))
                .isInstanceOfSatisfying(SigningException.class, e -> assertThat(e.problem().key()).isEqualTo("sign.ssh.unusable"));
    }

    @Test
    void detachedHeadIsRefused() throws Exception {
        try (Git git = new Git(repo)) {
            git.checkout().setName(item.getName()).call();
        }
        CommitSigner signer = CommitSigner.withSshKey(TestKeys.sshEd25519().writeTo(tmp, "id"));
        assertThatThrownBy(() -> signer.commitEmpty(repo, "x"))
                .isInstanceOfSatisfying(SigningException.class, e -> assertThat(e.problem().key()).isEqualTo("sign.commit.nobranch"));
    }

    @Test
    void gitConfigSigningKeyMayNameThePublicKeyFile() throws Exception {
        Path priv = TestKeys.sshEd25519().writeTo(tmp, "id_review");
        StoredConfig config = repo.getConfig();
        config.setString("gpg", null, "format", "ssh");
        config.setString("user", null, "signingkey", priv + ".pub");
        config.save();
        RevCommit c = CommitSigner.fromGitConfig(repo).commitEmpty(repo, Commits.APPROVAL);
        Verification v = SignatureVerifier.verify(CommitSignature.of(c),
                List.of(PublicKeys.parseSsh(TestKeys.sshEd25519().publicLine())));
        assertThat(v.status()).isEqualTo(Status.GOOD);
        assertThat(c.getAuthorIdent().getEmailAddress()).isEqualTo("editor@example.gov.cn");
    }

    @Test
    void gitConfigWithLiteralKeyOrNoKeyIsRefused() throws Exception {
        StoredConfig config = repo.getConfig();
        config.setString("gpg", null, "format", "ssh");
        config.save();
        assertThatThrownBy(() -> CommitSigner.fromGitConfig(repo))
                .isInstanceOfSatisfying(SigningException.class, e -> assertThat(e.problem().key()).isEqualTo("sign.config.nokey"));
        config.setString("user", null, "signingkey", "key::" + TestKeys.sshEd25519().publicLine());
        config.save();
        // a literal key needs the agent: without one running, that is what is said
        assertThatThrownBy(() -> GitConfigSigning.resolve(repo, null))
                .isInstanceOfSatisfying(SigningException.class, e -> assertThat(e.problem().key()).isEqualTo("sign.agent.none"));
        config.setString("user", null, "signingkey", "key::ssh-ed25519 not-base64!");
        config.save();
        assertThatThrownBy(() -> GitConfigSigning.resolve(repo, "/nonexistent.sock"))
                .isInstanceOfSatisfying(SigningException.class, e -> assertThat(e.problem().key()).isEqualTo("sign.config.literal"));
    }

    @Test
    void gitConfigLiteralKeyOrLonePublicFileSignsWithTheAgent() throws Exception {
        Path sock = tmp.resolve("agent2.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", sock.toString()).redirectErrorStream(true).start();
        try {
            for (int i = 0; i < 100 && !java.nio.file.Files.exists(sock); i++) {
                Thread.sleep(50);
            }
            Path key = tmp.resolve("id_cfg_agent");
            Processes.run(tmp, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "cfg", "-f", key.toString());
            Path pub = Path.of(key + ".pub");
            String line = java.nio.file.Files.readString(pub).strip();
            Processes.exec(tmp, java.util.Map.of("SSH_AUTH_SOCK", sock.toString()), "ssh-add", key.toString());
            java.nio.file.Files.delete(key); // only the agent holds the private key
            StoredConfig config = repo.getConfig();
            config.setString("gpg", null, "format", "ssh");
            for (String signingKey : List.of("key::" + line, line, pub.toString())) {
                config.setString("user", null, "signingkey", signingKey);
                config.save();
                RevCommit c = new CommitSigner(GitConfigSigning.resolve(repo, sock.toString())).commitEmpty(repo, Commits.APPROVAL);
                assertThat(SignatureVerifier.verify(CommitSignature.of(c), List.of(PublicKeys.parseSsh(line))).status())
                        .as(signingKey).isEqualTo(Status.GOOD);
            }
        } finally {
            agent.destroy();
        }
    }

    @Test
    void gitConfigPublicKeyWithoutMatchingPrivateKeyIsRefused() throws Exception {
        TestKeys.sshEd25519().writeTo(tmp, "id_a");
        java.nio.file.Files.writeString(tmp.resolve("id_a.pub"), TestKeys.sshEd25519Other().publicLine());
        StoredConfig config = repo.getConfig();
        config.setString("gpg", null, "format", "ssh");
        config.setString("user", null, "signingkey", tmp.resolve("id_a.pub").toString());
        config.save();
        assertThatThrownBy(() -> CommitSigner.fromGitConfig(repo))
                .isInstanceOfSatisfying(SigningException.class, e -> assertThat(e.problem().key()).isEqualTo("sign.config.pair"));
    }
}
