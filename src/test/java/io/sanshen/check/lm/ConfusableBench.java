package io.sanshen.check.lm;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * How the margins of {@link ConfusableFinder} were chosen, and what the model costs (bench/run.sh confusable): the
 * time HanLP takes to load, the strongest evidence the model finds against clean real pages (every candidate
 * where an alternative scores better at all, margins 0), the evidence for known slips, and the scan speed with a cold
 * and a warm verdict cache on a generated corpus ({@code bench/gen_corpus.py}; argument: its {@code content/}) and
 * on the real pages, in CPU time (the machine is shared).
 */
public final class ConfusableBench {
    private static final List<String> SLIPS = List.of("各部门要自觉接收群众监督。", "认真布署近期重点工作。",
            "要坚恃以人民为中心的发展思想。", "截止目前，全区已完成任务。", "要进一步作好宣传工作。", "该项目已经做为重点。",
            "我们要认真的做好各项工作。", "报名截至日期为5月1日。", "会议研究制订了实施方案。", "群众反应强烈的问题。");

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ConfusableBench() {
    }

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        ConfusableFinder standard = ConfusableFinder.standard();
        System.out.printf("HanLP load + confusion set: %.0f ms wall, %.0f ms CPU%n", (System.nanoTime() - t0) / 1e6,
                (CPU.getCurrentThreadCpuTime() - c0) / 1e6);
        ConfusableFinder all = ConfusableFinder.withMargins(0, 0);
        List<String> clean = new ArrayList<>();
        for (String page : pages()) {
            String text = page(page);
            all.find(text).forEach(h -> clean.add(String.format("%6.2f  %s  %s→%s  …%s…", h.evidence(), page,
                    h.written(), h.suggestion(), context(text, h))));
        }
        clean.sort(Comparator.reverseOrder());
        System.out.println("strongest evidence on the real pages (clean; margins are 8 and 12 for real words):");
        clean.stream().limit(12).forEach(s -> System.out.println("  " + s));
        System.out.println("known slips (reported when evidence > margin):");
        for (String s : SLIPS) {
            List<ConfusableFinder.Hit> h = all.find(s);
            System.out.println("  " + s + "  " + (h.isEmpty() ? "-" : h.get(0).written() + "→" + h.get(0).suggestion()
                    + String.format(" %.2f", h.get(0).evidence())) + (standard.find(s).isEmpty() ? "" : "  reported"));
        }
        if (args.length > 0) {
            speed(Path.of(args[0]));
        }
        realTextSpeed();
    }

    /** Real text scanned with a cold verdict cache, after the JIT has warmed up on other text (CPU time). */
    private static void realTextSpeed() throws IOException {
        StringBuilder b = new StringBuilder();
        for (String page : pages()) {
            b.append(page(page)).append('\n');
        }
        String text = b.toString();
        String warm = text.substring(0, text.length() / 2);
        String measured = text.substring(text.length() / 2);
        for (int i = 0; i < 20; i++) {
            ConfusableFinder.standard().find(warm);
        }
        long c0 = CPU.getCurrentThreadCpuTime();
        ConfusableFinder.standard().find(measured);
        long ns = CPU.getCurrentThreadCpuTime() - c0;
        System.out.printf("real pages (second half, cold cache, warm JIT): %,d chars, %.0f ns/char CPU%n",
                measured.length(), (double) ns / measured.length());
    }

    private static void speed(Path content) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).limit(5000).toList()) {
                b.append(Files.readString(p)).append('\n');
            }
        }
        String text = b.toString();
        ConfusableFinder.Memo memo = new ConfusableFinder.Memo();
        for (int run = 1; run <= 3; run++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            int hits = ConfusableFinder.standard().find(text, memo).size();
            long ns = CPU.getCurrentThreadCpuTime() - t0;
            System.out.printf("scan %d (%s cache): %,d chars, %d hits, %.0f ms CPU, %.1f ns/char%n", run,
                    run == 1 ? "cold" : "warm", text.length(), hits, ns / 1e6, (double) ns / text.length());
        }
    }

    private static String context(String text, ConfusableFinder.Hit h) {
        return text.substring(Math.max(0, h.start() - 6), Math.min(text.length(), h.end() + 6)).replace('\n', ' ');
    }

    private static List<String> pages() throws IOException {
        return resource("realpages/SOURCES").lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split(" ")[0]).toList();
    }

    /** A real page's text, from the local copy named by SANSHEN_REALTEXT (the repository keeps only SOURCES). */
    private static String page(String name) throws IOException {
        java.nio.file.Path dir = io.sanshen.check.RealTextCopies.of("realpages").orElseThrow(() -> new IllegalStateException(
                "set SANSHEN_REALTEXT to the folder holding realpages/ (the page texts are not in the repository)"));
        return java.nio.file.Files.readString(dir.resolve(name));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConfusableBench.class.getResourceAsStream("/io/sanshen/check/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
