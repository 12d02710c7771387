package io.sanshen.config;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads other repository files the config refers to (OpenPGP key files), from the work tree or from a Git tree,
 * so that a site-config.yml taken from history resolves its key files from the same commit.
 */
@FunctionalInterface
public interface ConfigFiles {
    /** The bytes of {@code repoPath}, or empty when there is no such regular file. */
    Optional<byte[]> read(String repoPath) throws IOException;

    /** Refers to no file at all (config text given without a site). */
    static ConfigFiles none() {
        return p -> Optional.empty();
    }
}
