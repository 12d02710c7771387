package io.sanshen.inspect;

import io.sanshen.diag.Html;
import java.util.List;
import java.util.Locale;

/**
 * Small charts as inline SVG (no script, no web font, no external file), sized for an A4 page: a bar chart of
 * counts per month and a line chart of one measure per month. Each chart is an image with a title for screen
 * readers; the report also gives every number in a table.
 */
final class SvgChart {
    private static final int W = 640;
    private static final int H = 200;
    private static final int LEFT = 40;
    private static final int BOTTOM = 30;
    private static final int TOP = 16;

    private SvgChart() {
    }

    static String bars(String title, List<String> labels, double[] values, String colour) {
        return chart(title, labels, values, colour, false);
    }

    static String line(String title, List<String> labels, double[] values, String colour) {
        return chart(title, labels, values, colour, true);
    }

    private static String chart(String title, List<String> labels, double[] values, String colour, boolean line) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        max = max <= 0 ? 1 : niceCeiling(max);
        int n = Math.max(1, values.length);
        double slot = (W - LEFT - 8) / (double) n;
        double plot = H - BOTTOM - TOP;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-label=\"").append(Html.esc(title)).append("\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title>").append(Html.esc(title)).append("</title>");
        for (int g = 0; g <= 4; g++) {
            double y = TOP + plot - plot * g / 4;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ccc\"/>", LEFT, y, W - 8, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#333\">%s</text>",
                    LEFT - 4, y + 4, number(max * g / 4)));
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            double x = LEFT + slot * i;
            double h = plot * values[i] / max;
            double y = TOP + plot - h;
            if (line) {
                path.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", x + slot / 2, y));
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x + slot / 2, y, colour));
            } else {
                s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                        x + slot * 0.15, y, slot * 0.7, h, colour));
            }
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333\">%s</text>",
                    x + slot / 2, H - 12, Html.esc(labels.get(i))));
        }
        if (line && path.length() > 0) {
            s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>");
        }
        return s.append("</svg>").toString();
    }

    /** 1, 2, 5 × a power of ten at or above {@code v}: grid lines at round numbers. */
    static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
