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
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.PackInserter;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;

/**
 * Writes the history {@link ReviewBenchmark} verifies: the policy commit, then per item one content commit by the
 * editor and three signed empty approval commits (levels 1–3), each commit one minute after the previous. The
 * commits are what {@link CommitSigner#commitEmpty} and a porcelain commit would write, but built in memory and
 * written through one pack inserter, and the branch is set once at the end.
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
    private static final ZoneId CHINA = TimeZones.CHINA;

    /** @param seconds wall time; {@code signSeconds} of it spent in {@link CommitSigner#sign} */
    record Result(ReviewFixture fixture, int commits, int signatures, double seconds, double signSeconds) {
    }

    private final int items;
    private final Layout layout;
    private final FolderTree tree = new FolderTree();
    private final CommitSigner[] signers = new CommitSigner[REVIEWERS.length];
    private int minute;
    private int commits;
    private long signNanos;

    SignedHistoryGenerator(int items, Layout layout) {
        this.items = items;
        this.layout = layout;
    }

    Result generate(Path dir) throws Exception {
        long t0 = System.nanoTime();
        ReviewFixture f = new ReviewFixture(dir);
        ObjectId first = f.commit(SiteConfig.FILE, f.config(1, "", layout == Layout.FLAT ? "" : columnsYaml()),
                at(EDITOR, "editor@test.gov.cn"));
        commits = 1;
        tree.put(SiteConfig.FILE, f.blob(SiteConfig.FILE));
        for (int k = 0; k < signers.length; k++) {
            signers[k] = CommitSigner.withSshKey(f.keyFiles.get(REVIEWERS[k]));
        }
        ObjectId head = first;
        try (PackInserter ins = ((ObjectDirectory) f.repo.getObjectDatabase()).newPackInserter()) {
            ins.checkExisting(false); // every object is new; looking each one up would probe the pack indexes
            // zlib's fastest level: deflating every version of the trees dominates generation otherwise, and
            // bench/run.sh recompresses the pack with git anyway
            ins.setCompressionLevel(Deflater.BEST_SPEED);
            for (int i = 0; i < items; i++) {
                head = addItem(ins, i, head);
                if ((i + 1) % 5000 == 0) {
                    System.out.printf("generated %d items (%.1f s)%n", i + 1, (System.nanoTime() - t0) / 1e9);
                }
            }
            ins.flush();
        }
        moveBranch(f, first, head);
        return new Result(f, commits, 3 * items, (System.nanoTime() - t0) / 1e9, signNanos / 1e9);
    }

    /** The content commit of item {@code i} and its three approvals; returns the last. */
    private ObjectId addItem(ObjectInserter ins, int i, ObjectId parent) throws IOException, SigningException {
        String path = path(i);
        ObjectId blob = ins.insert(Constants.OBJ_BLOB,
                ReviewFixture.item("第" + i + "条", false).getBytes(StandardCharsets.UTF_8));
        tree.put(path, blob);
        ObjectId treeId = tree.write(ins);
        ObjectId head = ins.insert(commit(treeId, parent, at(EDITOR, "editor@test.gov.cn"), "add " + path));
        for (int level = 1; level <= 3; level++) {
            head = ins.insert(approval(treeId, head, level, new ApprovalRecord.Item(path, blob)));
        }
        commits += 4;
        return head;
    }

    /** An empty commit as {@link CommitSigner#commitEmpty} builds it, signed by the level's reviewer. */
    private CommitBuilder approval(ObjectId tree, ObjectId parent, int level, ApprovalRecord.Item item)
            throws IOException, SigningException {
        ApprovalRecord r = new ApprovalRecord(Action.APPROVE, ApprovalRecord.Level.of(level), List.of(item),
                level == 3 ? List.of("保密") : List.of(), "同意", List.of());
        // toMessage() ends in a newline, as commitEmpty makes every message end
        CommitBuilder c = commit(tree, parent, at(REVIEWERS[level - 1], "r@test.gov.cn"), r.toMessage());
        c.setEncoding(StandardCharsets.UTF_8);
        long s = System.nanoTime();
        signers[level - 1].sign(c);
        signNanos += System.nanoTime() - s;
        return c;
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

    /** Author and committer of the next commit: commit times increase by one minute from {@link #START}. */
    private PersonIdent at(String name, String email) {
        return new PersonIdent(name, email, START.plusSeconds(60L * minute++), CHINA);
    }

    private static CommitBuilder commit(ObjectId tree, ObjectId parent, PersonIdent who, String message) {
        CommitBuilder c = new CommitBuilder();
        c.setTreeId(tree);
        c.setParentId(parent);
        c.setAuthor(who);
        c.setCommitter(who);
        c.setMessage(message);
        return c;
    }

    private static void moveBranch(ReviewFixture f, ObjectId from, ObjectId to) throws IOException {
        RefUpdate u = f.repo.updateRef(Constants.HEAD);
        u.setExpectedOldObjectId(from);
        u.setNewObjectId(to);
        RefUpdate.Result r = u.update();
        if (r != RefUpdate.Result.FAST_FORWARD) {
            throw new IOException("could not move the branch to the generated history: " + r);
        }
    }
}
