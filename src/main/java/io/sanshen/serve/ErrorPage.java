package io.sanshen.serve;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import java.util.List;
import org.jsoup.nodes.Entities;

/** The page the preview shows while the work tree does not build: every finding, then it reloads when fixed. */
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
}
