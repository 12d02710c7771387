package io.sanshen.review;

import io.sanshen.config.Column;
import io.sanshen.config.SiteConfig;
import java.util.Map;
import java.util.Optional;

/**
 * Which rule covers a repository path: policy files (site-config.yml, templates/, rules/, static/) need admin
 * approvals (so does content/_index.md, the home page text); files under content/ need the level chain of the unit owning their column; anything else under
 * content/ is uncovered and fails closed.
 */
public enum PathKind {
    POLICY, CONTENT, UNCOVERED, OTHER;

    /** The home page text belongs to no column: like the templates it shapes the whole site, so admins approve it. */
    public static final String SITE_INTRO = "content/_index.md";

    public static PathKind of(String path, SiteConfig config) {
        if (isPolicy(path)) {
            return POLICY;
        }
        if (path.startsWith("content/")) {
            return column(path, config).isPresent() ? CONTENT : UNCOVERED;
        }
        return OTHER;
    }

    public static boolean isPolicy(String path) {
        return path.equals(SiteConfig.FILE) || path.equals(SITE_INTRO) || path.startsWith("templates/") || path.startsWith("rules/")
                || path.startsWith("static/");
    }

    /** The column whose folder holds {@code path}: the longest column path that is a prefix. */
    public static Optional<Column> column(String path, SiteConfig config) {
        if (config == null || !path.startsWith("content/")) {
            return Optional.empty();
        }
        String rel = path.substring("content/".length());
        for (Map.Entry<String, Column> e : config.columnsByPath().entrySet()) {
            if (rel.startsWith(e.getKey() + "/")) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
