package io.sanshen.review.signature;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reviewer's public key as the site policy registers it.
 *
 * @param format      SSH or OpenPGP
 * @param algorithm   SSH key type ({@code ssh-ed25519}, {@code ecdsa-sha2-nistp256}, {@code ssh-rsa}, {@code ssh-dss})
 *                    or OpenPGP algorithm ({@code RSA}, {@code EdDSA}, {@code Ed25519}, {@code ECDSA}, {@code DSA}, …)
 * @param bits        key size: modulus bits for RSA/DSA, curve size for EC/EdDSA
 * @param fingerprint {@code SHA256:<base64 without padding>} for SSH (as {@code ssh-keygen -lf} prints it);
 *                    upper-case hex of the primary key fingerprint for OpenPGP (40 characters for v4 keys)
 * @param comment     SSH comment, or the first OpenPGP user id; may be empty
 * @param created     creation time of the OpenPGP primary key; empty for SSH
 * @param subkeyIds   OpenPGP subkey ids as 16 upper-case hex digits (signatures may come from a signing subkey)
 * @param weakness    why the policy must refuse the key, or {@link Weakness#NONE}
 * @param encoded     SSH wire-format public key blob, or the binary OpenPGP public key ring
 */
public record ReviewerKey(KeyFormat format, String algorithm, int bits, String fingerprint, String comment,
        Optional<Instant> created, List<String> subkeyIds, Weakness weakness, byte[] encoded) {

    public ReviewerKey {
        Objects.requireNonNull(format);
        Objects.requireNonNull(algorithm);
        Objects.requireNonNull(fingerprint);
        comment = comment == null ? "" : comment;
        created = created == null ? Optional.empty() : created;
        subkeyIds = List.copyOf(subkeyIds);
        Objects.requireNonNull(weakness);
        encoded = encoded.clone();
    }

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    /** OpenPGP: the 16-hex-digit id of the primary key (last 8 bytes of a v4 fingerprint); SSH: empty. */
    public String primaryKeyId() {
        return format == KeyFormat.OPENPGP ? fingerprint.substring(fingerprint.length() - 16) : "";
    }

    /** SSH: {@code "<type> <base64 blob>"}, the form used in allowed-signers and authorized_keys files. */
    public String openSshText() {
        if (format != KeyFormat.SSH) {
            throw new IllegalStateException("not an SSH key: " + fingerprint);
        }
        return algorithm + " " + Base64.getEncoder().encodeToString(encoded);
    }

    /** The key as a JCA key (JDK providers); for OpenPGP, the primary key. */
    public PublicKey publicKey() {
        try {
            return format == KeyFormat.SSH ? SshKeys.toJca(encoded) : OpenPgpKeys.toJca(encoded);
        } catch (IOException | GeneralSecurityException | org.bouncycastle.openpgp.PGPException e) {
            throw new IllegalStateException("key was validated at parse time but cannot be converted", e);
        }
    }

    // Identity is the fingerprint; the byte array would otherwise make equals reference-based.
    @Override
    public boolean equals(Object o) {
        return o instanceof ReviewerKey k && k.format == format && k.fingerprint.equals(fingerprint)
                && Arrays.equals(k.encoded, encoded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, fingerprint);
    }

    @Override
    public String toString() {
        return "ReviewerKey[" + format + " " + algorithm + " " + bits + " " + fingerprint
                + (comment.isEmpty() ? "" : " " + comment) + (weakness.isWeak() ? " WEAK:" + weakness : "") + "]";
    }
}
