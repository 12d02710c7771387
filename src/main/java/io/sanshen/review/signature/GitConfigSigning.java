package io.sanshen.review.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.GpgSignature;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.lib.Signers;
import org.eclipse.jgit.transport.CredentialsProvider;

/**
 * Chooses a signer from the user's git configuration ({@code gpg.format}, {@code user.signingkey}), for
 * {@code sanshen approve} without an explicit key. SSH keys are read by this package; OpenPGP signing is handed to
 * JGit's Bouncy Castle signer, which finds the secret key in the user's own GnuPG home (signing only; verification
 * never looks there).
 */
final class GitConfigSigning {
    private GitConfigSigning() {
    }

    static PayloadSigner resolve(Repository repo) throws SigningException {
        return resolve(repo, System.getenv("SSH_AUTH_SOCK"));
    }

    /** As {@link #resolve(Repository)}, with the ssh-agent socket given (null: none running). */
    static PayloadSigner resolve(Repository repo, String agentSocket) throws SigningException {
        GpgConfig config = new GpgConfig(repo.getConfig());
        String signingKey = config.getSigningKey();
        return switch (config.getKeyFormat()) {
            case SSH -> sshSigner(signingKey, agentSocket);
            case OPENPGP -> jgitOpenPgp(repo, config, signingKey);
            default -> throw problem("sign.config.format", "不支持 gpg.format=" + config.getKeyFormat()
                    + "（请用 ssh 或 openpgp）", "gpg.format=" + config.getKeyFormat() + " is not supported (use ssh or openpgp)");
        };
    }

    /**
     * As git does: a literal public key ({@code key::ssh-…} or {@code ssh-…}) and a {@code .pub} file without its
     * private sibling are signed by the ssh-agent; otherwise the private key file is read here.
     */
    private static PayloadSigner sshSigner(String signingKey, String agentSocket) throws SigningException {
        if (signingKey != null && (signingKey.startsWith("key::") || signingKey.startsWith("ssh-"))) {
            String line = signingKey.startsWith("key::") ? signingKey.substring(5) : signingKey;
            try {
                return agent(PublicKeys.parseSsh(line.strip()).encoded(), agentSocket);
            } catch (RuntimeException e) {
                throw problem("sign.config.literal", "user.signingkey 中的公钥无法解析：" + e.getMessage(),
                        "the public key in user.signingkey cannot be read: " + e.getMessage());
            }
        }
        Path path = sshKeyPath(signingKey);
        if (path.getFileName().toString().endsWith(".pub") && isPublicKeyFile(path)) {
            try {
                return agent(PublicKeys.parseSsh(Files.readString(path, StandardCharsets.UTF_8).strip()).encoded(), agentSocket);
            } catch (IOException | KeyParseException e) {
                throw problem("sign.config.pub", "无法读取公钥 " + path + "：" + e.getMessage(),
                        "cannot read public key " + path + ": " + e.getMessage());
            }
        }
        return new SshPayloadSigner(SshPrivateKeys.load(path));
    }

    private static PayloadSigner agent(byte[] publicBlob, String agentSocket) throws SigningException {
        if (agentSocket == null || agentSocket.isBlank()) {
            throw problem("sign.agent.none", "user.signingkey 指定的是公钥，签名需要 ssh-agent，但没有运行中的 ssh-agent（SSH_AUTH_SOCK 未设置）",
                    "user.signingkey names a public key, which needs ssh-agent, but none is running (SSH_AUTH_SOCK is not set)");
        }
        return new SshAgentSigner(publicBlob, Path.of(agentSocket));
    }

    /**
     * {@code user.signingkey} may name the private key or its {@code .pub}; a public file points to its sibling,
     * and is returned as is when no sibling exists (the agent holds the key).
     */
    static Path sshKeyPath(String signingKey) throws SigningException {
        if (signingKey == null || signingKey.isBlank()) {
            throw problem("sign.config.nokey", "git 配置中没有 user.signingkey，请指定 SSH 私钥文件",
                    "git config has no user.signingkey; give an SSH private key file");
        }
        String expanded = signingKey.startsWith("~/")
                ? System.getProperty("user.home") + signingKey.substring(1) : signingKey;
        Path path = Path.of(expanded);
        if (!isPublicKeyFile(path)) {
            return path;
        }
        String name = path.getFileName().toString();
        if (!name.endsWith(".pub")) {
            throw problem("sign.config.pub", "user.signingkey 指向公钥文件 " + path + "，但找不到对应私钥（去掉 .pub 的同名文件）",
                    "user.signingkey points to public key " + path + " but no private key (same name without .pub)");
        }
        Path privateKey = path.resolveSibling(name.substring(0, name.length() - 4));
        if (!Files.exists(privateKey)) {
            return path;
        }
        try {
            byte[] expected = PublicKeys.parseSsh(Files.readString(path, StandardCharsets.UTF_8)).encoded();
            if (!Arrays.equals(SshPrivateKeys.load(privateKey).publicBlob(), expected)) {
                throw problem("sign.config.pair", "私钥 " + privateKey + " 与公钥 " + path + " 不是一对",
                        "private key " + privateKey + " does not belong to public key " + path);
            }
        } catch (IOException | KeyParseException e) {
            throw problem("sign.config.pub", "无法读取公钥 " + path + "：" + e.getMessage(),
                    "cannot read public key " + path + ": " + e.getMessage());
        }
        return privateKey;
    }

    private static boolean isPublicKeyFile(Path path) {
        try {
            String head = Files.readString(path, StandardCharsets.UTF_8).stripLeading();
            return SshKeys.TYPES.stream().anyMatch(t -> head.startsWith(t + " "));
        } catch (IOException e) {
            return false; // unreadable: let the private-key loader report it
        }
    }

    private static PayloadSigner jgitOpenPgp(Repository repo, GpgConfig config, String signingKey)
            throws SigningException {
        Signer signer = Signers.get(GpgConfig.GpgFormat.OPENPGP);
        if (signer == null) {
            throw problem("sign.config.nopgp", "没有可用的 OpenPGP 签名组件", "no OpenPGP signer is available");
        }
        PersonIdent committer = new PersonIdent(repo);
        return payload -> {
            try {
                GpgSignature sig = signer.sign(repo, config, payload, committer, signingKey,
                        CredentialsProvider.getDefault());
                return sig.toExternalString();
            } catch (CanceledException e) {
                throw new SigningException(Message.of("sign.pgp.cancel", "已取消 OpenPGP 签名", "OpenPGP signing canceled"), e);
            } catch (IOException | RuntimeException | org.eclipse.jgit.api.errors.UnsupportedSigningFormatException e) {
                throw new SigningException(Message.of("sign.pgp.jgit", "用 git 配置的 OpenPGP 密钥签名失败：" + e.getMessage(),
                        "signing with the OpenPGP key from git config failed: " + e.getMessage()), e);
            }
        };
    }

    private static SigningException problem(String key, String zh, String en) {
        return new SigningException(Message.of(key, zh, en));
    }
}
