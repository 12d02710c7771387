package io.sanshen.approve;

import io.sanshen.review.signature.CommitSigner;
import io.sanshen.review.signature.SigningException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;

/**
 * The key a decision is signed with: a private key file (OpenSSH, or an armored OpenPGP secret key with its
 * passphrase), or, without a file, the signing setup of the user's git configuration (SSH or gpg). The passphrase
 * lives only in memory for one signature; it is never written anywhere.
 */
public record KeyChoice(Optional<Path> file, char[] passphrase) {
    public KeyChoice {
        passphrase = passphrase == null || passphrase.length == 0 ? null : passphrase;
    }

    /** The key file given on the command line ({@code --key}), or null for the git configuration. */
    public static KeyChoice of(Path file) {
        return new KeyChoice(Optional.ofNullable(file), null);
    }

    CommitSigner signer(Repository repo) throws SigningException, IOException {
        if (file.isEmpty()) {
            return CommitSigner.fromGitConfig(repo);
        }
        Path key = file.get();
        if (Files.isRegularFile(key) && Files.readString(key, StandardCharsets.ISO_8859_1).contains("BEGIN PGP PRIVATE KEY")) {
            return CommitSigner.withOpenPgpKey(Files.readString(key, StandardCharsets.ISO_8859_1), passphrase);
        }
        if (key.getFileName().toString().endsWith(".pub")) {
            return CommitSigner.withSshAgent(key, null); // the private key stays in ssh-agent
        }
        return CommitSigner.withSshKey(key, passphrase);
    }

    /** The registered key fingerprint, when it can be known before signing (from the {@code .pub} beside the file). */
    Optional<String> fingerprint(Repository repo) {
        return SignerIdentity.fingerprint(repo, file.orElse(null));
    }
}
