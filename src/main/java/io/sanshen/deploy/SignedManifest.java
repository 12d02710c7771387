package io.sanshen.deploy;

import io.sanshen.build.SiteManifest;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.review.signature.DetachedSignature;
import io.sanshen.review.signature.ReviewerKey;
import io.sanshen.review.signature.Verification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads a site manifest and its signature from a folder of a target and accepts it only when a deploy key of the
 * config signed exactly these bytes (SSHSIG, namespace {@value SiteManifest#NAMESPACE}); otherwise says why not.
 */
public final class SignedManifest {
    private static final int MAX_BYTES = 64 << 20;

    /** The manifest when it is signed by a trusted key, or the reasons it is refused. */
    public record Loaded(Optional<SiteManifest> manifest, String signer, List<Finding> problems) {
    }

    private SignedManifest() {
    }

    public static Loaded load(Target target, String dir, Collection<ReviewerKey> trusted) throws IOException {
        String at = dir.equals(".") ? "" : dir + "/";
        if (target.kind(at + SiteManifest.FILE).isEmpty()) {
            return refused(at + SiteManifest.FILE, "deploy.manifest-missing", "没有网站清单 " + SiteManifest.FILE,
                    "there is no site manifest " + SiteManifest.FILE);
        }
        if (target.kind(at + SiteManifest.SIGNATURE).isEmpty()) {
            return refused(at + SiteManifest.SIGNATURE, "deploy.manifest-unsigned", "网站清单没有签名",
                    "the site manifest is not signed");
        }
        byte[] bytes = readAll(target, at + SiteManifest.FILE);
        String armored = new String(readAll(target, at + SiteManifest.SIGNATURE), StandardCharsets.US_ASCII);
        if (trusted.isEmpty()) {
            return refused(at + SiteManifest.SIGNATURE, "deploy.no-keys", "site-config.yml 的 deploy.keys 中没有登记部署公钥",
                    "no deploy key is registered under deploy.keys in site-config.yml");
        }
        Verification v = DetachedSignature.verify(bytes, armored, SiteManifest.NAMESPACE, trusted);
        if (!v.isGood()) {
            return refused(at + SiteManifest.SIGNATURE, "deploy.manifest-signature", "网站清单的签名无效：" + v.detail().zh(),
                    "the site manifest's signature is not valid: " + v.detail().en());
        }
        try {
            return new Loaded(Optional.of(SiteManifest.parse(bytes)), v.keyFingerprint(), List.of());
        } catch (IllegalArgumentException e) {
            return refused(at + SiteManifest.FILE, "deploy.manifest-format", "网站清单格式不对：" + e.getMessage(),
                    "the site manifest is malformed: " + e.getMessage());
        }
    }

    static byte[] readAll(Target target, String path) throws IOException {
        try (InputStream in = target.read(path)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException(path + " is larger than " + MAX_BYTES + " bytes");
            }
            return bytes;
        }
    }

    private static Loaded refused(String path, String rule, String zh, String en) {
        return new Loaded(Optional.empty(), "", List.of(Finding.of(rule, Severity.BLOCKER, SourcePos.file(path),
                Text.of("拒绝：" + zh + "。", "Refused: " + en + "."),
                Text.of("用 sanshen build --manifest-key 部署私钥 重新构建；部署公钥须登记在 site-config.yml 的 deploy.keys 中。",
                        "Rebuild with 'sanshen build --manifest-key DEPLOY_KEY'; its public key must be listed under deploy.keys in site-config.yml."))));
    }
}
