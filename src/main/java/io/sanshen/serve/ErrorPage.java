package io.sanshen.serve;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import io.sanshen.diag.Text;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The pages the preview shows instead of the site: while the work tree does not build (every finding, then it reloads
 * when fixed), and for a request it refuses (status and reason in both languages, nothing from the site).
 */
final class ErrorPage {
    private ErrorPage() {
    }

    static String render(List<Finding> findings, Lang lang) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(lang == Lang.EN ? "Build failed" : "构建失败").append("</title></head><body><h1>")
                .append(lang == Lang.EN ? "The site does not build" : "站点无法构建").append("</h1><ul>");
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
