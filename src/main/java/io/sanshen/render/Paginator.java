package io.sanshen.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a list into pages named as government CMSs do: {@code index.html}, {@code index_2.html}, … inside
 * {@code dir}; or {@code name.html}, {@code name_2.html} for taxonomy terms.
 */
record Paginator(String dir, String baseName, int perPage) {

    String pagePath(int page) {
        String prefix = dir.isEmpty() ? "" : dir + "/";
        return prefix + baseName + (page == 1 ? "" : "_" + page) + ".html";
    }

    int pageCount(int total) {
        return Math.max(1, (total + perPage - 1) / perPage);
    }

    <T> List<T> slice(List<T> all, int page) {
        int from = (page - 1) * perPage;
        return all.subList(Math.min(from, all.size()), Math.min(from + perPage, all.size()));
    }

    /** The pager model for page {@code page}: numbered links with hrefs relative to the site root. */
    Map<String, Object> model(int page, int total) {
        int count = pageCount(total);
        Map<String, Object> m = new HashMap<>();
        m.put("current", page);
        m.put("count", count);
        m.put("total", total);
        m.put("prev", page > 1 ? SitePaths.href(pagePath(page - 1)) : "");
        m.put("next", page < count ? SitePaths.href(pagePath(page + 1)) : "");
        List<Map<String, Object>> pages = new ArrayList<>();
        int from = Math.max(1, page - 4);
        int to = Math.min(count, from + 8);
        for (int p = from; p <= to; p++) {
            pages.add(Map.of("number", p, "href", SitePaths.href(pagePath(p)), "current", p == page));
        }
        m.put("pages", pages);
        return m;
    }
}
