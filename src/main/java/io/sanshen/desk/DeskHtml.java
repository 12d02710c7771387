package io.sanshen.desk;

import org.jsoup.nodes.Entities;

/** The frame of every desk page (language, title, navigation, the local style sheet) and HTML escaping. */
final class DeskHtml {
    /** Served at {@code /assets/desk.css}: no CDN, nothing from outside the jar. */
    static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#1a1a1a;background:#f6f7f9;line-height:1.6}
            header{background:#8b0000;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.5rem;align-items:baseline}
            header a{color:#fff}header .who{margin-left:auto;font-size:.9rem}
            main{padding:1rem 1.2rem;max-width:1400px}
            h1{font-size:1.4rem;margin:.4rem 0}h2{font-size:1.15rem;margin:1.2rem 0 .4rem}
            table{border-collapse:collapse;background:#fff;width:100%}th,td{border:1px solid #c8ccd2;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#eef0f3}.overdue{color:#b00000;font-weight:bold}
            .panes{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
            .panes iframe{width:100%;height:520px;border:1px solid #c8ccd2;background:#fff}
            .diff{background:#fff;border:1px solid #c8ccd2;padding:.6rem;white-space:pre-wrap}
            ins{background:#d4f7d4;text-decoration:underline}del{background:#ffd7d7;text-decoration:line-through}
            tr.changed td{background:#fff5cc}
            .source{background:#fff;border:1px solid #c8ccd2;padding:.4rem;font-family:monospace;white-space:pre-wrap}
            .finding{background:#ffe8b0;border-bottom:2px solid #b36b00}
            .finding-note{display:block;color:#6b3d00;font-family:sans-serif;font-size:.9rem}
            .refusal{background:#ffe5e5;border:1px solid #b00000;padding:.6rem}.done{background:#e3f6e3;border:1px solid #1d6b1d;padding:.6rem}
            form.decide{background:#fff;border:1px solid #c8ccd2;padding:.6rem;margin:.6rem 0}
            form.decide label{display:block;margin:.3rem 0}textarea,input[type=text],input[type=password]{width:100%;max-width:40rem}
            button{font-size:1rem;padding:.3rem 1rem;margin:.2rem .2rem .2rem 0}
            .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            @media print{header,form.decide,.panes{display:none}}
            """;

    private DeskHtml() {
    }

    static String esc(String s) {
        return Entities.escape(s == null ? "" : s);
    }

    /** A whole page: {@code who} says whose desk it is, {@code body} is the content of {@code <main>}. */
    static String page(String title, String who, String body) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + esc(title)
                + "</title><link rel=\"stylesheet\" href=\"/assets/desk.css\"></head><body><header><strong>三审 审核台</strong>"
                + "<nav aria-label=\"审核台\"><a href=\"/\">我的待办</a></nav><span class=\"who\">" + esc(who)
                + "</span></header><main id=\"main\">" + body + "</main></body></html>";
    }
}
