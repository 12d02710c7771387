package io.sanshen.config;

import java.util.List;
import java.util.Optional;

/**
 * The {@code deploy:} section: where the site goes, how many releases each target keeps, and the public keys that
 * may sign the site manifest (the deploy keys; changing them is a change of {@code site-config.yml}, which needs
 * admin approval like any policy change).
 */
public record DeployConfig(List<DeployTarget> targets, int keep, List<KeySpec> keys) {
    public static final int DEFAULT_KEEP = 5;

    public DeployConfig {
        targets = List.copyOf(targets);
        keys = List.copyOf(keys);
    }

    public static DeployConfig none() {
        return new DeployConfig(List.of(), DEFAULT_KEEP, List.of());
    }

    public Optional<DeployTarget> target(String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
