package io.sanshen.review;

import io.sanshen.config.SiteConfig;
import io.sanshen.content.SiteLayout;

/**
 * Which rule covers a repository path: policy files (site-config.yml, templates/, rules/, static/, and
 * content/_index.md, the home page text) need admin approvals; files that {@link SiteLayout} places in a column
 * need the level chain of the unit owning it; anything else under content/ is uncovered and fails closed.
 */
public enum PathKind {
    POLICY, CONTENT, UNCOVERED, OTHER;

    /** The home page text belongs to no column: like the templates it shapes the whole site, so admins approve it. */
    public static final String SITE_INTRO = SiteLayout.SITE_INTRO;

    public static PathKind of(String path, SiteLayout layout) {
        if (isPolicy(path)) {
            return POLICY;
        }
        if (path.startsWith(SiteLayout.ROOT + "/")) {
            return layout.place(path).inColumn() ? CONTENT : UNCOVERED;
        }
        return OTHER;
    }

    public static boolean isPolicy(String path) {
        return path.equals(SiteConfig.FILE) || path.equals(SITE_INTRO) || path.startsWith("templates/") || path.startsWith("rules/")
                || path.startsWith("static/");
    }
}
