package io.sanshen.render;

import java.util.HashMap;
import java.util.Map;

/** Fixed words of the page templates, in the site's language ({@code site.language}: zh-CN or en). */
final class Labels {
    private static final String[][] WORDS = {
        {"home", "首页", "Home"}, {"skip", "跳到正文", "Skip to content"}, {"search", "搜索", "Search"},
        {"searchPlaceholder", "输入关键词，如：通知、预算", "Keywords, e.g. notice, budget"},
        {"more", "更多", "More"}, {"latest", "最新信息", "Latest"}, {"published", "发布日期", "Published"},
        {"indexNo", "索引号", "Index No."}, {"publisher", "发布机构", "Publisher"}, {"created", "成文日期", "Date written"},
        {"docNo", "文号", "Document No."}, {"topic", "主题分类", "Topic"}, {"genre", "体裁分类", "Genre"},
        {"category", "组配分类", "Category"}, {"disclosure", "公开属性", "Disclosure"}, {"source", "信息来源", "Source"},
        {"attachments", "附件", "Attachments"}, {"reprintFrom", "转载自", "Reprinted from"},
        {"reprintDate", "转载时间", "Reprinted on"}, {"original", "原文链接", "Original"},
        {"tags", "标签", "Tags"}, {"topics", "主题", "Topics"}, {"page", "页", "page"}, {"prev", "上一页", "Previous"},
        {"next", "下一页", "Next"}, {"breadcrumb", "当前位置", "You are here"}, {"main", "正文", "Main content"},
        {"sponsor", "主办单位", "Sponsor"}, {"contact", "联系方式", "Contact"}, {"siteCode", "网站标识码", "Site ID"},
        {"icp", "ICP备案编号", "ICP licence"}, {"errorReport", "我为政府网站找错", "Report an error on this site"},
        {"conac", "党政机关", "Party and government agency"}, {"notFound", "页面未找到", "Page not found"},
        {"notFoundText", "您访问的页面不存在或已撤下。", "The page you asked for does not exist or has been withdrawn."},
        {"noResults", "没有找到相关信息。", "Nothing found."}, {"results", "条结果", "results"},
        {"preview", "预览·未审核", "Preview · not reviewed"}, {"total", "共", "Total"}, {"items", "条", "items"},
        {"print", "打印本页", "Print"}, {"close", "关闭窗口", "Close"}, {"subColumns", "子栏目", "Sub-columns"},
        {"author", "作者", "Author"}, {"important", "重要信息", "Important"}, {"columns", "栏目", "Columns"},
        {"feed", "订阅", "Feed"}, {"sitemap", "网站地图", "Site map"}, {"size", "大小", "Size"},
        {"searchHint", "在全站标题、摘要和正文中查找。", "Searches titles, summaries and text of the whole site."},
        {"a11y", "无障碍", "Accessibility"}, {"elder", "长者模式", "Senior mode"},
        {"a11yLarge", "大字体", "Larger text"}, {"a11yContrast", "高对比度", "High contrast"},
        {"a11ySpacing", "加大行距", "Wider line spacing"}, {"a11yReset", "恢复默认", "Reset"},
        {"tableHint", "表格较宽，可左右滑动查看", "Wide table: scroll sideways to see all of it"},
        {"siteMap", "网站地图", "Site map"},
        {"itemTitle", "标题", "Title"}, {"filter", "筛选", "Filter"}, {"year", "年份", "Year"}, {"all", "全部", "All"},
        {"keyword", "关键词", "Keyword"}, {"keywordHint", "标题、索引号或文号", "Title, index or document number"},
        {"clearFilter", "清除筛选", "Clear filters"}, {"infoList", "信息列表", ": list"},
        {"filterAll", "筛选范围为本栏目全部信息，不限于当前页。", "Filters search every item of this column, not only this page."},
    };

    private Labels() {
    }

    static Map<String, String> of(String language) {
        int col = language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? 2 : 1;
        Map<String, String> m = new HashMap<>();
        for (String[] w : WORDS) {
            m.put(w[0], w[col]);
        }
        return Map.copyOf(m);
    }
}
