package io.sanshen.approve;

import io.sanshen.review.signature.PublicKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;

/** The fingerprint of the key the user signs with, from the {@code .pub} beside {@code --key} or user.signingkey. */
public final class SignerIdentity {
    /** The public key file read and its fingerprint. */
    public record Key(Path publicKeyFile, String fingerprint) {
    }

    private SignerIdentity() {
    }

    public static Optional<String> fingerprint(Repository repo, Path key) {
        return find(repo, key).map(Key::fingerprint);
    }

    /** The user's key: {@code --key FILE} when given, else Git's {@code user.signingkey}; empty when neither is readable. */
    public static Optional<Key> find(Repository repo, Path key) {
        String configured = repo.getConfig().getString("user", null, "signingkey");
        Path file = key != null ? key : configured == null ? null : Path.of(configured.replaceFirst("^~", System.getProperty("user.home")));
        if (file == null) {
            return Optional.empty();
        }
        Path pub = file.toString().endsWith(".pub") ? file : Path.of(file + ".pub");
        try {
            return Files.isRegularFile(pub) ? Optional.of(new Key(pub, PublicKeys.parseSsh(Files.readString(pub)).fingerprint()))
                    : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
