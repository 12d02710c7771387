package io.sanshen.config;

import io.sanshen.diag.Finding;
import java.util.List;
import java.util.Optional;

/** A decoded config, or the reasons it could not be decoded (then {@code config} is empty). */
public record ConfigResult(Optional<SiteConfig> config, List<Finding> findings) {
    public boolean ok() {
        return config.isPresent();
    }
}
