package io.sanshen.review;

import io.sanshen.config.SiteConfig;
import io.sanshen.diag.TimeZones;
import io.sanshen.review.ApprovalRecord.Action;
import io.sanshen.review.signature.CommitSigner;
import io.sanshen.review.signature.SigningException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Writes the history {@link ReviewBenchmark} verifies: the policy commit, then per item one content commit by the
 * editor and three signed empty approval commits (levels 1–3), each commit one minute after the previous, through
 * a {@link HistoryWriter}.
 */
final class SignedHistoryGenerator {
    /**
     * Where items go: spread over the columns in year folders, over the columns each kept in one folder (as the
     * content model has it: editors interleave columns, and each column folder grows with the site), or all in one
     * folder (the worst case for trees).
     */
    enum Layout {
        COLUMNS, PORTAL, FLAT;

        static Layout parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    private record Column(String id, String title, String path) {
    }

    /** The columns gen_corpus.py uses, all owned by the office so its reviewers hold every level. */
    private static final List<Column> PORTAL_COLUMNS = List.of(new Column("news", "政务要闻", "news"),
            new Column("notices", "通知公告", "notices"), new Column("policies", "政策文件", "policies"),
            new Column("interpretation", "政策解读", "interpretation"), new Column("czzj", "财政资金", "xxgk/czzj"),
            new Column("rsxx", "人事信息", "xxgk/rsxx"), new Column("ghjh", "规划计划", "xxgk/ghjh"),
            new Column("jgzn", "机构职能", "xxgk/jgzn"));
    private static final int FIRST_YEAR = 2017;
    private static final int YEARS = 10;
    private static final String[] REVIEWERS = {"信息员甲", "科长乙", "分管丙"};
    private static final String EDITOR = "编辑 Editor";
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    /** @param seconds wall time; {@code signSeconds} of it spent in {@link CommitSigner#sign} */
    record Result(ReviewFixture fixture, int commits, int signatures, double seconds, double signSeconds) {
    }

    private final int items;
    private final Layout layout;
    private final CommitSigner[] signers = new CommitSigner[REVIEWERS.length];

    SignedHistoryGenerator(int items, Layout layout) {
        this.items = items;
        this.layout = layout;
    }

    Result generate(Path dir) throws Exception {
        long t0 = System.nanoTime();
        ReviewFixture f = new ReviewFixture(dir);
        for (int k = 0; k < signers.length; k++) {
            signers[k] = CommitSigner.withSshKey(f.keyFiles.get(REVIEWERS[k]));
        }
        try (HistoryWriter history = new HistoryWriter(f.repo, START)) {
            f.commit(SiteConfig.FILE, f.config(1, "", layout == Layout.FLAT ? "" : columnsYaml()),
                    history.at(EDITOR, "editor@test.gov.cn"));
            history.track(SiteConfig.FILE, f.blob(SiteConfig.FILE));
            for (int i = 0; i < items; i++) {
                addItem(history, i);
                if ((i + 1) % 5000 == 0) {
                    System.out.printf("generated %d items (%.1f s)%n", i + 1, (System.nanoTime() - t0) / 1e9);
                }
            }
            history.finish();
            return new Result(f, 1 + history.commits(), history.signatures(), (System.nanoTime() - t0) / 1e9,
                    history.signSeconds());
        }
    }

    /** The content commit of item {@code i} and its three approvals. */
    private void addItem(HistoryWriter history, int i) throws IOException, SigningException {
        String path = path(i);
        ObjectId blob = history.put(path, ReviewFixture.item("第" + i + "条", false).getBytes(StandardCharsets.UTF_8));
        history.commit(history.at(EDITOR, "editor@test.gov.cn"), "add " + path);
        for (int level = 1; level <= 3; level++) {
            ApprovalRecord r = new ApprovalRecord(Action.APPROVE, ApprovalRecord.Level.of(level),
                    List.of(new ApprovalRecord.Item(path, blob)), level == 3 ? List.of("保密") : List.of(), "同意",
                    List.of());
            history.approve(signers[level - 1], history.at(REVIEWERS[level - 1], "r@test.gov.cn"), r);
        }
    }

    /**
     * {@code content/news/2024-00042.md} (flat), {@code content/<column>/<year>-00042.md} (portal) or
     * {@code content/<column>/<year>/<year>-00042.md} (columns), years in order.
     */
    String path(int i) {
        if (layout == Layout.FLAT) {
            return "content/news/2024-%05d.md".formatted(i);
        }
        int year = FIRST_YEAR + (int) ((long) i * YEARS / items);
        String column = PORTAL_COLUMNS.get(i % PORTAL_COLUMNS.size()).path();
        if (layout == Layout.PORTAL) {
            return "content/%s/%d-%05d.md".formatted(column, year, i);
        }
        return "content/%s/%d/%d-%05d.md".formatted(column, year, year, i);
    }

    /** The policy entries for every column but news (the fixture's own), plus the disclosure parent. */
    static String columnsYaml() {
        StringBuilder out = new StringBuilder("""
                  - id: xxgk
                    title: 政府信息公开
                    path: xxgk
                    unit: office
                """);
        for (Column c : PORTAL_COLUMNS.subList(1, PORTAL_COLUMNS.size())) {
            out.append("  - id: ").append(c.id()).append("\n    title: ").append(c.title()).append("\n    path: ")
                    .append(c.path()).append("\n    unit: office\n");
            if (c.path().startsWith("xxgk/")) {
                out.append("    parent: xxgk\n");
            }
        }
        return out.toString();
    }
}
