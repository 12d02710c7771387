package io.sanshen.serve;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import io.sanshen.diag.Text;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The pages the preview shows instead of the site: while the work tree does not build (every finding, then it reloads
 * when fixed), for a missing page while items are left out for errors (their findings), and for a request it refuses (status and reason in both languages, nothing from the site).
 */
final class ErrorPage {
    private ErrorPage() {
    }

    static String render(List<Finding> findings, Lang lang) {
        return page(lang == Lang.EN ? "Build failed" : "构建失败",
                lang == Lang.EN ? "The site does not build" : "站点无法构建", findings, lang);
    }

    /** A page that does not exist while some items are left out for errors: it may be one of them. */
    static String leftOut(List<Finding> findings, Lang lang) {
        return page(lang == Lang.EN ? "Not found" : "页面不存在", lang == Lang.EN
                ? "Page not found; these items were left out of the preview for errors"
                : "页面不存在；以下稿件有错误，未能预览", findings, lang);
    }

    private static String page(String title, String heading, List<Finding> findings, Lang lang) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head><body><h1>").append(heading).append("</h1><ul>");
        for (Finding f : findings) {
            sb.append("<li><code>").append(Entities.escape(f.oneLine(lang))).append("</code></li>");
        }
        return sb.append("</ul><script src=\"/__sanshen/reload.js\"></script></body></html>").toString();
    }

    static String refusal(int status, Text why) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + status
                + "</title></head><body><h1>" + status + "</h1><p>" + Entities.escape(why.zh()) + "</p><p lang=\"en\">"
                + Entities.escape(why.en()) + "</p></body></html>";
    }
}
