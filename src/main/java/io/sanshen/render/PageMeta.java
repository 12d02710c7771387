package io.sanshen.render;

import io.sanshen.config.Column;
import io.sanshen.content.FrontMatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The government page meta tags of the national 政府网站发展指引 beyond the site-wide three (SiteName, SiteDomain,
 * SiteIDCode, written by the layout): ColumnName, ColumnType, ColumnDescription, ColumnKeywords on every column and
 * item page, and ArticleTitle, PubDate, ContentSource, Keywords, Description and Url on item pages. Values are text;
 * the templates escape them.
 */
final class PageMeta {
    private PageMeta() {
    }

    /** The column kinds of site-config.yml as the 栏目类型 inspectors read. */
    static String columnType(String kind) {
        return switch (kind) {
            case "news" -> "动态要闻";
            case "notice" -> "通知公告";
            case "policy" -> "政策文件";
            case "interpretation" -> "政策解读";
            case "disclosure" -> "政府信息公开";
            case "personnel" -> "人事信息";
            case "regulation" -> "规章制度";
            case "page" -> "单页";
            default -> kind;
        };
    }

    static Map<String, String> home(String siteTitle) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ColumnName", "首页");
        m.put("ColumnType", "首页");
        m.put("ColumnDescription", siteTitle);
        m.put("ColumnKeywords", siteTitle);
        return m;
    }

    static Map<String, String> column(Column c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ColumnName", c.title());
        m.put("ColumnType", columnType(c.kind()));
        m.put("ColumnDescription", c.description().isEmpty() ? c.title() : c.description());
        m.put("ColumnKeywords", c.title());
        return m;
    }

    static Map<String, String> item(Column c, FrontMatter fm, String pubDate, String url) {
        Map<String, String> m = column(c);
        m.put("ArticleTitle", fm.title());
        m.put("PubDate", pubDate);
        m.put("ContentSource", fm.source());
        m.put("Keywords", fm.tags().isEmpty() ? fm.title() : String.join(",", fm.tags()));
        m.put("Description", fm.summary().isEmpty() ? fm.title() : fm.summary());
        m.put("Url", url);
        return m;
    }
}
