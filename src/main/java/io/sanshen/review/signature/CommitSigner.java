package io.sanshen.review.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.GpgSignature;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Records an approval: an empty commit (the parent's tree) with the given message, signed, on the current branch.
 *
 * <p>The commit object is built and signed here rather than through {@code CommitCommand}, so no hooks, index or
 * work tree are involved and the branch moves only if nobody moved it meanwhile.
 */
public final class CommitSigner {
    private final PayloadSigner signer;

    CommitSigner(PayloadSigner signer) {
        this.signer = signer;
    }

    /** Signs with an unencrypted OpenSSH private key file (ed25519, ecdsa or rsa; openssh-key-v1 or PEM). */
    public static CommitSigner withSshKey(Path privateKeyFile) throws SigningException {
        return withSshKey(privateKeyFile, null);
    }

    /** Signs with an OpenSSH private key file; {@code passphrase} opens a protected one in memory (null: none). */
    public static CommitSigner withSshKey(Path privateKeyFile, char[] passphrase) throws SigningException {
        return new CommitSigner(new SshPayloadSigner(SshPrivateKeys.load(privateKeyFile, passphrase)));
    }

    /**
     * Signs with the key of {@code publicKeyFile} (a {@code .pub}) held by the ssh-agent listening on {@code socket}
     * (null: {@code SSH_AUTH_SOCK}).
     */
    public static CommitSigner withSshAgent(Path publicKeyFile, Path socket) throws SigningException {
        String sock = socket != null ? socket.toString() : System.getenv("SSH_AUTH_SOCK");
        if (sock == null || sock.isBlank()) {
            throw new SigningException(Message.of("sign.agent.none", "没有运行中的 ssh-agent（SSH_AUTH_SOCK 未设置）",
                    "no ssh-agent is running (SSH_AUTH_SOCK is not set)"));
        }
        ReviewerKey key;
        try {
            key = PublicKeys.parseSsh(java.nio.file.Files.readString(publicKeyFile).strip());
        } catch (IOException | RuntimeException e) {
            throw new SigningException(Message.of("sign.agent.pub", "无法读取公钥文件 " + publicKeyFile + "：" + e.getMessage(),
                    "cannot read public key file " + publicKeyFile + ": " + e.getMessage()), e);
        }
        return new CommitSigner(new SshAgentSigner(key.encoded(), Path.of(sock)));
    }

    /** Whether the SSH private key file needs a passphrase to be used (so a command can ask for it first). */
    public static boolean sshKeyNeedsPassphrase(Path privateKeyFile) {
        return SshPrivateKeys.isEncrypted(privateKeyFile);
    }

    /** Signs with an armored OpenPGP secret key; {@code passphrase} may be null for unprotected keys. */
    public static CommitSigner withOpenPgpKey(String armoredSecretKey, char[] passphrase) throws SigningException {
        return new CommitSigner(new OpenPgpPayloadSigner(armoredSecretKey, passphrase));
    }

    /**
     * Signs as the user's git configuration says: {@code gpg.format=ssh} with {@code user.signingkey} naming a
     * private key file or its {@code .pub}; {@code gpg.format=openpgp} via JGit's GnuPG-home signer.
     */
    public static CommitSigner fromGitConfig(Repository repo) throws SigningException {
        return new CommitSigner(GitConfigSigning.resolve(repo));
    }

    /** {@link #commitEmpty(Repository, String, PersonIdent)} as the user configured in git. */
    public RevCommit commitEmpty(Repository repo, String message) throws SigningException, IOException {
        return commitEmpty(repo, message, new PersonIdent(repo));
    }

    /**
     * Creates the signed empty commit on top of the current branch and advances the branch.
     *
     * @param person author and committer of the approval
     * @return the new commit
     * @throws SigningException if there is no branch or commit to approve on, or signing fails
     */
    public RevCommit commitEmpty(Repository repo, String message, PersonIdent person)
            throws SigningException, IOException {
        Ref head = repo.exactRef(Constants.HEAD);
        if (head == null || !head.isSymbolic() || head.getObjectId() == null) {
            throw new SigningException(Message.of("sign.commit.nobranch",
                    "当前不在已有提交的分支上，无法记录审核", "HEAD is not a branch with commits; cannot record an approval"));
        }
        try (RevWalk walk = new RevWalk(repo); ObjectInserter inserter = repo.newObjectInserter()) {
            RevCommit parent = walk.parseCommit(head.getObjectId());
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(parent.getTree());
            commit.setParentId(parent);
            commit.setAuthor(person);
            commit.setCommitter(person);
            commit.setEncoding(StandardCharsets.UTF_8);
            commit.setMessage(message.endsWith("\n") ? message : message + "\n");
            sign(commit);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repo.updateRef(Constants.HEAD);
            update.setNewObjectId(id);
            update.setExpectedOldObjectId(parent);
            update.setRefLogIdent(person);
            update.setRefLogMessage("commit (sanshen approval): " + firstLine(message), false);
            RefUpdate.Result result = update.update(walk);
            if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NEW) {
                throw new SigningException(Message.of("sign.commit.race",
                        "分支在签名期间被改动（" + result + "），请重试", "the branch moved while signing (" + result + "); retry"));
            }
            return walk.parseCommit(id);
        }
    }

    /**
     * Signs {@code commit} as it stands: sets its {@code gpgsig} header to a signature over its other bytes. Writes
     * no object and moves no ref, so a caller that builds many commits (a bulk import, a benchmark) can insert them
     * through one inserter of its own.
     */
    public void sign(CommitBuilder commit) throws SigningException, IOException {
        // the payload is the commit without any earlier signature
        commit.setGpgSignature(null);
        String armored = signer.sign(commit.build());
        commit.setGpgSignature(new GpgSignature(armored.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
