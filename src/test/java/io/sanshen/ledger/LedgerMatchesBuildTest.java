package io.sanshen.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.build.BuildReport;
import io.sanshen.build.ReviewedSite;
import io.sanshen.review.ApprovalRecord;
import io.sanshen.review.ApprovalRecord.Action;
import io.sanshen.review.ApprovalRecord.Level;
import io.sanshen.review.PathReview;
import io.sanshen.review.ReviewEngine;
import io.sanshen.review.ReviewReport;
import io.sanshen.review.signature.CommitSigner;
import io.sanshen.testkit.TestRepos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger never lists a publication the build did not make: on seeded random histories of edits, approvals
 * (right and wrong people), rejections, withdrawals, importance toggles, deletions and merged side branches, the
 * ledger replayed row by row (PUBLISH puts a version online, replacing the path's earlier one; WITHDRAW takes the
 * path off; REJECT of the online version takes it off) must name exactly the versions a publishing build put
 * online. Generated items are free of what only the build can know (check blockers, expiry, scheduling).
 *
 * <p>Bundles: the review log says a bundle file is published only when its whole bundle (in the record's tree) is
 * approved, and the build publishes a bundle in exactly the state the log has online (a later unapproved file added,
 * renamed or edited leaves the last whole approved state online). So the ledger and the build agree file by file,
 * bundles included: no gaps.
 */
class LedgerMatchesBuildTest {
    static final String[] CHAIN = {"信息员甲", "科长乙", "分管丙", "主任丁"};
    static final List<String> LOOSE = List.of("content/news/a.md", "content/news/b.md", "content/news/c.md");
    static final List<String> BUNDLES = List.of("content/news/b1/index.md", "content/news/b2/index.md");
    static final List<String> RESOURCES = List.of("content/news/b1/附件.csv", "content/news/b2/files/数据.csv");
    static final int STEPS = 30;

    @TempDir
    Path tmp;

    private ReviewedSite s;
    private Random rnd;
    private int version;
    private int online;

    @ParameterizedTest
    @ValueSource(longs = {2, 3, 5, 6, 9}) // seeds whose histories put files online
    void theLedgerNamesExactlyWhatTheBuildPublished(long seed) throws Exception {
        s = new ReviewedSite(tmp);
        rnd = new Random(seed);
        List<String> trace = new ArrayList<>();
        for (int step = 1; step <= STEPS; step++) {
            trace.add(step());
            if (step % 5 == 0) {
                compare("seed " + seed + " after " + String.join("; ", trace));
            }
        }
        assertThat(online).as("the histories publish something").isPositive();
        System.out.println("LedgerMatchesBuildTest seed " + seed + ": " + online + " files online (checks at every 5th step)");
    }

    private String step() throws Exception {
        List<String> all = new ArrayList<>(LOOSE);
        all.addAll(BUNDLES);
        all.addAll(RESOURCES);
        String path = all.get(rnd.nextInt(all.size()));
        int op = rnd.nextInt(100);
        if (op < 15 || blob(path) == null && op < 75) {
            write(path, rnd.nextInt(4) == 0);
            return "write " + path;
        }
        if (op < 75) {
            return approveNext(waiting().orElse(path), rnd.nextInt(8) == 0);
        }
        if (op < 79) {
            int level = 1 + rnd.nextInt(3);
            record(CHAIN[level - 1], Action.REJECT, Level.of(level), path, "数据有误");
            return "reject " + path + " at " + level;
        }
        if (op < 83) {
            record(CHAIN[1], Action.WITHDRAW, Level.of(0), path, "已过时效");
            return "withdraw " + path;
        }
        if (op < 88 && path.endsWith(".md")) {
            boolean important = !read(path).contains("important: true");
            write(path, important);
            return "important=" + important + " " + path;
        }
        if (op < 91) {
            if (blob(path) != null) {
                try (Git git = new Git(s.repo)) {
                    git.rm().addFilepattern(path).call();
                    git.commit().setMessage("rm " + path).setSign(false).call();
                }
            }
            return "delete " + path;
        }
        return sideBranch();
    }

    /** A side branch carrying the next approval of two paths, merged with a merge commit. */
    private String sideBranch() throws Exception {
        try (Git git = new Git(s.repo)) {
            git.checkout().setCreateBranch(true).setName("side" + version).call();
            List<String> done = new ArrayList<>();
            for (String p : List.of(LOOSE.get(rnd.nextInt(LOOSE.size())), BUNDLES.get(rnd.nextInt(BUNDLES.size())))) {
                done.add(approveNext(p, false));
            }
            git.checkout().setName("main").call();
            git.commit().setAllowEmpty(true).setMessage("mainline moves on " + version).setSign(false).call();
            git.merge().include(s.repo.resolve("side" + version)).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                    .setMessage("merge side" + version).call();
            version++;
            return "merge[" + String.join(", ", done) + "]";
        }
    }

    /** A random path that waits for a level, if any (so that histories reach publications). */
    private Optional<String> waiting() throws Exception {
        List<String> open = review().paths().stream().filter(p -> p.path().startsWith("content/news/")
                && p.waitingFor().matches("[1-4]")).map(PathReview::path).toList();
        return open.isEmpty() ? Optional.empty() : Optional.of(open.get(rnd.nextInt(open.size())));
    }

    /** The level the path waits for, signed by the right person (or, when {@code wrong}, by someone else). */
    private String approveNext(String path, boolean wrong) throws Exception {
        if (blob(path) == null) {
            return "approve " + path + " (absent)";
        }
        Optional<PathReview> p = review().path(path);
        String waiting = p.map(PathReview::waitingFor).orElse("1");
        int level = waiting.matches("[1-4]") ? Integer.parseInt(waiting) : 1 + rnd.nextInt(4);
        String who = wrong ? CHAIN[(level + rnd.nextInt(3)) % 4] : CHAIN[level - 1];
        record(who, Action.APPROVE, Level.of(level), path, "同意");
        return "approve " + path + " at " + level + " by " + who;
    }

    private void write(String path, boolean important) throws Exception {
        version++;
        String text = path.endsWith(".csv") ? "项目,金额\n合计," + version + "\n"
                : "---\ntitle: 第" + version + "版稿件\ndate: " + ReviewedSite.TODAY
                + "\npublisher: 区政府办公室\nsource: 区政府办公室\n" + (important ? "important: true\n" : "")
                + "---\n第" + version + "版正文。\n";
        s.write(path, text);
        s.commitAll("write " + path);
    }

    private String read(String path) throws Exception {
        Path f = s.root.resolve(path);
        return Files.exists(f) ? Files.readString(f) : "";
    }

    private void record(String who, Action action, Level level, String path, String opinion) throws Exception {
        ObjectId blob = blob(path);
        if (blob == null && action != Action.WITHDRAW) {
            return;
        }
        ApprovalRecord r = new ApprovalRecord(action, level, List.of(new ApprovalRecord.Item(path,
                blob == null ? ObjectId.zeroId() : blob)), level.number() == 3 ? List.of("政治", "政策", "文字", "保密", "舆情")
                : List.of("文字"), opinion, List.of());
        CommitSigner.withSshKey(s.keys.get(who)).commitEmpty(s.repo, r.toMessage(), TestRepos.person(who, "x@test.gov.cn"));
    }

    private ObjectId blob(String path) throws Exception {
        try (TreeWalk tw = TreeWalk.forPath(s.repo, path, s.repo.parseCommit(s.repo.resolve("HEAD")).getTree())) {
            return tw == null ? null : tw.getObjectId(0);
        }
    }

    private ReviewReport review() throws Exception {
        return new ReviewEngine(s.repo, new ReviewEngine.Options(Optional.empty(), Optional.empty(), ReviewedSite.TODAY))
                .runWithLog();
    }

    /** Where the build writes a content file: the page of an item, or a bundle resource. */
    private static String output(String path) {
        String rel = path.substring("content/".length());
        return rel.endsWith("/index.md") ? rel.substring(0, rel.length() - "/index.md".length()) + ".html"
                : rel.endsWith(".md") ? rel.substring(0, rel.length() - 3) + ".html" : rel;
    }

    private void compare(String trace) throws Exception {
        BuildReport built = s.build(false);
        ReviewReport report = review();
        Path out = s.out(false);
        // what the build put online: the approved view it read, checked against the files it wrote
        Map<String, ObjectId> online = new LinkedHashMap<>();
        report.publication().files().forEach((path, blob) -> {
            if (path.startsWith("content/news/")) {
                online.put(path, blob);
            }
        });
        for (Map.Entry<String, ObjectId> e : online.entrySet()) {
            Path file = out.resolve(output(e.getKey()));
            assertThat(file).as(trace + "\n" + e.getKey() + " published: " + built.excluded()).exists();
            String bytes = new String(s.repo.open(e.getValue()).getBytes(), StandardCharsets.UTF_8);
            String expected = e.getKey().endsWith(".md") ? bytes.lines().filter(l -> l.startsWith("title: "))
                    .findFirst().orElseThrow().substring(7) : bytes;
            assertThat(Files.readString(file)).as(trace + "\n" + e.getKey() + " is the approved version").contains(expected);
        }
        for (String path : concat(LOOSE, BUNDLES, RESOURCES)) {
            if (!online.containsKey(path)) {
                assertThat(out.resolve(output(path))).as(trace + "\n" + path + " offline").doesNotExist();
            }
        }
        // the ledger, replayed
        Map<String, ObjectId> ledger = new LinkedHashMap<>();
        for (LedgerEntry e : new LedgerReader(s.repo, report).read().entries()) {
            switch (e.action()) {
                case PUBLISH -> ledger.put(e.path(), e.blob());
                case WITHDRAW -> ledger.remove(e.path());
                case REJECT -> ledger.remove(e.path(), e.blob());
                default -> { }
            }
        }
        this.online += online.size();
        for (Map.Entry<String, ObjectId> e : online.entrySet()) {
            assertThat(ledger.get(e.getKey())).as(trace + "\nledger row for published " + e.getKey()).isEqualTo(e.getValue());
        }
        for (Map.Entry<String, ObjectId> e : ledger.entrySet()) {
            assertThat(online.get(e.getKey())).as(trace + "\nthe ledger lists " + e.getKey() + " @"
                    + e.getValue().abbreviate(8).name() + ": the build published it").isEqualTo(e.getValue());
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
