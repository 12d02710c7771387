package io.sanshen.review.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.bcpg.sig.IssuerFingerprint;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentVerifierBuilderProvider;
import org.bouncycastle.util.encoders.Hex;

/**
 * Verifies detached OpenPGP commit signatures against trusted key rings, primary keys and subkeys alike.
 *
 * <p>Keys are matched by issuer key id or issuer fingerprint. Because JGit's signer writes a wrong issuer
 * fingerprint for ed25519 keys, a signature whose issuer matches no trusted key is still tried against every
 * trusted key before it is called UNKNOWN_KEY.
 */
final class OpenPgpSigVerifier {
    private record Trusted(ReviewerKey owner, PGPPublicKey key) {
    }

    // JCA with the JDK's providers: Bouncy Castle's lightweight key factories need a bcutil jar of bcprov's exact
    // version, and a mismatch there breaks ed25519 at class-initialisation time.
    private static final JcaPGPContentVerifierBuilderProvider VERIFIERS = new JcaPGPContentVerifierBuilderProvider();

    private final List<Trusted> keys = new ArrayList<>();

    OpenPgpSigVerifier(Collection<ReviewerKey> trusted) {
        for (ReviewerKey k : trusted) {
            if (k.format() == KeyFormat.OPENPGP) {
                for (Iterator<PGPPublicKey> it = OpenPgpKeys.ring(k.encoded()).getPublicKeys(); it.hasNext();) {
                    keys.add(new Trusted(k, it.next()));
                }
            }
        }
    }

    Verification verify(byte[] payload, String armored) {
        PGPSignature sig;
        try {
            sig = readSignature(armored);
        } catch (IOException | RuntimeException e) {
            return Verification.malformed("", String.valueOf(e.getMessage()));
        }
        byte[] issuerFp = issuerFingerprint(sig);
        String signer = issuerFp != null ? Hex.toHexString(issuerFp).toUpperCase(Locale.ROOT)
                : OpenPgpKeys.keyId(sig.getKeyID());
        int type = sig.getSignatureType();
        if (type != PGPSignature.BINARY_DOCUMENT && type != PGPSignature.CANONICAL_TEXT_DOCUMENT) {
            return Verification.malformed(signer, "signature type " + type + " is not a document signature");
        }
        List<Trusted> byId = new ArrayList<>();
        for (Trusted t : keys) {
            if (t.key().getKeyID() == sig.getKeyID()
                    || issuerFp != null && Arrays.equals(issuerFp, t.key().getFingerprint())) {
                byId.add(t);
            }
        }
        for (Trusted t : byId) {
            if (verifies(sig, t.key(), payload)) {
                return Verification.good(t.owner().fingerprint(), signer);
            }
        }
        if (!byId.isEmpty()) {
            return Verification.bad(byId.get(0).owner().fingerprint(), signer, Message.of("sig.bad",
                    "签名与提交内容不符（提交被篡改或签名损坏）",
                    "signature does not match the commit (commit altered or signature corrupt)"));
        }
        for (Trusted t : keys) { // issuer ids can be wrong (JGit + ed25519): try every trusted key
            if (verifies(sig, t.key(), payload)) {
                return Verification.good(t.owner().fingerprint(), signer);
            }
        }
        return Verification.unknownKey(signer);
    }

    private static PGPSignature readSignature(String armored) throws IOException {
        Object o = new BcPGPObjectFactory(PGPUtil.getDecoderStream(
                new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))).nextObject();
        if (o instanceof PGPCompressedData compressed) {
            try {
                o = new BcPGPObjectFactory(compressed.getDataStream()).nextObject();
            } catch (PGPException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        if (!(o instanceof PGPSignatureList list) || list.isEmpty()) {
            throw new IOException("no OpenPGP signature packet");
        }
        if (list.size() != 1) {
            throw new IOException(list.size() + " signatures in one block; expected exactly one");
        }
        return list.get(0);
    }

    private static byte[] issuerFingerprint(PGPSignature sig) {
        for (var vector : List.of(sig.getHashedSubPackets(), sig.getUnhashedSubPackets())) {
            if (vector != null) {
                IssuerFingerprint fp = vector.getIssuerFingerprint();
                if (fp != null) {
                    return fp.getFingerprint();
                }
            }
        }
        return null;
    }

    private static boolean verifies(PGPSignature sig, PGPPublicKey key, byte[] payload) {
        if (sig.getKeyAlgorithm() != key.getAlgorithm()) {
            return false;
        }
        try {
            sig.init(VERIFIERS, key);
            sig.update(payload);
            return sig.verify();
        } catch (PGPException | RuntimeException e) {
            return false; // wrong key shape for this signature: simply not a match
        }
    }
}
