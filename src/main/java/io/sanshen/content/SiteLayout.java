package io.sanshen.content;

import io.sanshen.config.Column;
import io.sanshen.config.SiteConfig;
import java.util.Map;
import java.util.Optional;

/**
 * Where a repository path sits in the site, decided from the path and the configured columns alone — never from
 * which other files exist — so that an unreviewed file (a stray {@code index.md}, say) cannot regroup, readdress or
 * take down approved items. The one layout rule that loader, review, build, ledger and checks share:
 * <ul>
 * <li>{@code content/<column>/<name>.md} is an item, {@code content/<column>/_index.md} the column's intro, any other
 * file directly in a column folder a column file;</li>
 * <li>{@code content/<column>/<name>/index.md} is a bundle item and every other file below
 * {@code content/<column>/<name>/} one of its resources ({@code <column>} is the longest configured column path
 * that holds the file, so a nested column is never mistaken for a bundle);</li>
 * <li>{@code content/_index.md} is the home page text; anything else under {@code content/} is unplaced.</li>
 * </ul>
 */
public final class SiteLayout {
    public static final String ROOT = "content";
    public static final String SITE_INTRO = "content/_index.md";

    public enum Kind {
        /** A Markdown item file {@code content/<column>/<name>.md}. */
        ITEM,
        /** The {@code index.md} of a bundle item. */
        BUNDLE_INDEX,
        /** Any other file inside a bundle folder. */
        RESOURCE,
        /** A column's {@code _index.md}. */
        COLUMN_INTRO,
        /** A non-item file directly in a column folder. */
        COLUMN_FILE,
        /** {@code content/_index.md}. */
        SITE_INTRO,
        /** Under content/ but in no configured column. */
        UNPLACED,
        /** Not under content/. */
        OUTSIDE
    }

    /**
     * @param kind      see {@link Kind}
     * @param column    the column holding the path (ITEM, BUNDLE_INDEX, RESOURCE, COLUMN_INTRO, COLUMN_FILE)
     * @param itemPath  the Markdown file of the item the path belongs to: itself for ITEM and BUNDLE_INDEX, the
     *                  bundle's {@code index.md} for RESOURCE; empty otherwise
     * @param bundleDir the bundle folder for BUNDLE_INDEX and RESOURCE ({@code content/news/x}); empty otherwise
     */
    public record Placement(Kind kind, Optional<Column> column, String itemPath, String bundleDir) {
        public boolean inColumn() {
            return column.isPresent();
        }

        public boolean inBundle() {
            return kind == Kind.BUNDLE_INDEX || kind == Kind.RESOURCE;
        }
    }

    private final Map<String, Column> columnsByPath;

    private SiteLayout(Map<String, Column> columnsByPath) {
        this.columnsByPath = columnsByPath;
    }

    public static SiteLayout of(SiteConfig config) {
        return new SiteLayout(config == null ? Map.of() : config.columnsByPath());
    }

    public Placement place(String path) {
        if (!path.startsWith(ROOT + "/")) {
            return new Placement(Kind.OUTSIDE, Optional.empty(), "", "");
        }
        if (path.equals(SITE_INTRO)) {
            return new Placement(Kind.SITE_INTRO, Optional.empty(), "", "");
        }
        String rel = path.substring(ROOT.length() + 1);
        Column column = null;
        String columnPath = null;
        for (int slash = rel.lastIndexOf('/'); slash > 0 && column == null; slash = rel.lastIndexOf('/', slash - 1)) {
            columnPath = rel.substring(0, slash);
            column = columnsByPath.get(columnPath);
        }
        if (column == null) {
            return new Placement(Kind.UNPLACED, Optional.empty(), "", "");
        }
        String rest = rel.substring(columnPath.length() + 1);
        int slash = rest.indexOf('/');
        if (slash < 0) {
            Kind kind = rest.equals("_index.md") ? Kind.COLUMN_INTRO
                    : rest.endsWith(".md") && !rest.equals("index.md") ? Kind.ITEM : Kind.COLUMN_FILE;
            return new Placement(kind, Optional.of(column), kind == Kind.ITEM ? path : "", "");
        }
        String bundleDir = ROOT + "/" + columnPath + "/" + rest.substring(0, slash);
        String index = bundleDir + "/index.md";
        return new Placement(path.equals(index) ? Kind.BUNDLE_INDEX : Kind.RESOURCE, Optional.of(column), index,
                bundleDir);
    }

    /** The column holding {@code path}, if any. */
    public Optional<Column> column(String path) {
        return place(path).column();
    }

    /** The parent folder of a path ("" at the top). */
    public static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
