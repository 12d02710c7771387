package io.sanshen.review;

import io.sanshen.diag.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * One pass over the history reachable from a commit, parents before children: compact commit nodes, which commit
 * first brought each (path, blob) into the history (its author may not approve it), and the tree lookups the
 * record checks need.
 */
final class HistoryScan implements AutoCloseable {
    private final Repository repo;
    private final HistoryCache cache;
    private final java.util.function.Consumer<CommitNode> signed;
    private final ObjectReader reader;
    private final RawTrees trees;
    private final List<CommitNode> nodes = new ArrayList<>();
    private final Map<PathBlob, Integer> introducedBy = new HashMap<>();
    private final Map<ObjectId, Integer> indexOf = new HashMap<>();
    private final Map<String, ObjectId> lookups = new HashMap<>();
    private final Map<Integer, ParsedRecord> records = new HashMap<>();
    private final List<PathBlob> policyVersions = new ArrayList<>();
    private final List<Integer> policyVersionAt = new ArrayList<>();
    private final Map<ObjectId, Integer> blobIntroducedBy = new HashMap<>();
    /** Per node index: the position of the mainline commit that brought it into the first-parent history. */
    private final List<Integer> entry = new ArrayList<>();
    /** Per mainline position: the latest committer time of the mainline up to there (never goes back). */
    private final List<java.time.Instant> mainlineTimes = new ArrayList<>();

    record PathBlob(String path, ObjectId blob) {
    }

    /** A commit message's approval record, or empty with the problems that make it unreadable. */
    record ParsedRecord(Optional<ApprovalRecord> record, List<Text> problems) {
    }

    private HistoryScan(Repository repo, HistoryCache cache, java.util.function.Consumer<CommitNode> signed) {
        this.repo = repo;
        this.cache = cache;
        this.signed = signed;
        this.reader = repo.newObjectReader();
        this.trees = new RawTrees(reader);
    }

    /**
     * Scans with {@code cache} supplying (and receiving) the results of tree diffs and path lookups, handing each
     * commit whose raw bytes it keeps (records and signed content commits) to {@code signed} as soon as it is read.
     * The scan keeps an object reader for later lookups: close it.
     */
    static HistoryScan of(Repository repo, ObjectId head, HistoryCache cache,
            java.util.function.Consumer<CommitNode> signed) throws IOException {
        HistoryScan scan = new HistoryScan(repo, cache, signed);
        try {
            scan.walk(head);
        } catch (IOException | RuntimeException e) {
            scan.close();
            throw e;
        }
        return scan;
    }

    @Override
    public void close() {
        reader.close();
    }

    private void walk(ObjectId head) throws IOException {
        try (RevWalk walk = new RevWalk(reader)) {
            walk.sort(RevSort.TOPO, true);
            walk.sort(RevSort.REVERSE, true);
            walk.markStart(walk.parseCommit(head));
            List<RevCommit> topo = new ArrayList<>();
            walk.forEach(topo::add);
            MergeOrder order = MergeOrder.of(topo, walk.parseCommit(head));
            entry.addAll(order.entries());
            mainlineTimes.addAll(order.mainlineTimes());
            for (RevCommit c : order.commits()) {
                visit(c);
            }
        }
    }

    private void visit(RevCommit c) throws IOException {
        int[] parents = new int[c.getParentCount()];
        for (int i = 0; i < parents.length; i++) {
            parents[i] = indexOf.get(c.getParent(i).getId());
        }
        boolean empty = parents.length > 0 && c.getParent(0).getTree().equals(c.getTree());
        String message = c.getFullMessage();
        boolean mentions = ApprovalRecord.mentionsRecord(message);
        byte[] raw = null;
        if (mentions || (!empty && hasSignature(c.getRawBuffer()))) {
            raw = c.getRawBuffer().clone();
        }
        int index = nodes.size();
        CommitNode node = new CommitNode(index, c.copy(), parents, c.getTree().copy(), empty,
                c.getAuthorIdent().getEmailAddress().toLowerCase(Locale.ROOT), c.getCommitterIdent().getWhenAsInstant(),
                mentions ? message : null, raw, entry.get(index));
        indexOf.put(node.id(), node.index());
        nodes.add(node);
        if (raw != null) {
            signed.accept(node);
        }
        if (mentions) {
            List<Text> problems = new ArrayList<>();
            records.put(node.index(), new ParsedRecord(ApprovalRecord.parse(message, problems::add), problems));
        }
        if (!empty) {
            recordIntroductions(c, node.index());
        } else if (mentions) {
            lookUpRecordPaths(node);
        }
        c.disposeBody();
    }

    /**
     * Resolves the paths an approval record names while its tree is among the last few read: the record checks run
     * after the walk, when a big folder's tree would have to be read and parsed again.
     */
    private void lookUpRecordPaths(CommitNode node) throws IOException {
        Optional<ApprovalRecord> record = records.get(node.index()).record();
        if (record.isPresent()) {
            for (ApprovalRecord.Item item : record.get().items()) {
                blobAt(node.tree(), item.path());
            }
        }
    }

    /** The record of a commit that mentions one, parsed once during the walk; null for other commits. */
    ParsedRecord record(CommitNode node) {
        return records.get(node.index());
    }

    private static boolean hasSignature(byte[] raw) {
        String head = new String(raw, 0, Math.min(raw.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\n\n");
        return (end < 0 ? head : head.substring(0, end)).contains("\ngpgsig");
    }

    private void recordIntroductions(RevCommit c, int index) throws IOException {
        List<PathBlob> added = cache.introductions(c);
        if (added == null) {
            added = trees.added(c.getParentCount() > 0 ? c.getParent(0).getTree() : null, c.getTree());
            cache.putIntroductions(c, added);
        }
        for (PathBlob pb : added) {
            blobIntroducedBy.putIfAbsent(pb.blob(), index);
            if (introducedBy.putIfAbsent(pb, index) == null && pb.path().equals(io.sanshen.config.SiteConfig.FILE)) {
                policyVersions.add(pb);
                policyVersionAt.add(index);
            }
        }
    }

    /** Every site-config.yml blob in order of first appearance, with the commit index that brought it. */
    List<Map.Entry<ObjectId, Integer>> policyVersions() {
        List<Map.Entry<ObjectId, Integer>> out = new ArrayList<>();
        for (int i = 0; i < policyVersions.size(); i++) {
            out.add(Map.entry(policyVersions.get(i).blob(), policyVersionAt.get(i)));
        }
        return out;
    }

    Repository repo() {
        return repo;
    }

    List<CommitNode> nodes() {
        return nodes;
    }

    /** The commit that first brought {@code blob} at {@code path} into the history, or -1. */
    int introducer(String path, ObjectId blob) {
        return introducedBy.getOrDefault(new PathBlob(path, blob), -1);
    }

    /** Every file below folder {@code dir} of {@code tree}, path → blob (bundles are small: a tree walk will do). */
    Map<String, ObjectId> filesUnder(ObjectId tree, String dir) throws IOException {
        Map<String, ObjectId> out = new java.util.LinkedHashMap<>();
        try (org.eclipse.jgit.treewalk.TreeWalk tw = new org.eclipse.jgit.treewalk.TreeWalk(reader)) {
            tw.addTree(tree);
            tw.setRecursive(true);
            tw.setFilter(org.eclipse.jgit.treewalk.filter.PathFilter.create(dir));
            while (tw.next()) {
                out.put(tw.getPathString(), tw.getObjectId(0));
            }
        }
        return out;
    }

    /** The node of a commit in this history. */
    CommitNode node(ObjectId commit) {
        return nodes.get(indexOf.get(commit));
    }

    /** The commit that first brought these bytes into the history at any path (renames and copies keep them), or -1. */
    int introducer(ObjectId blob) {
        return blobIntroducedBy.getOrDefault(blob, -1);
    }

    /**
     * The time a mainline position stands for: the latest committer time of the mainline up to it, so a back-dated
     * merge cannot go back before the commits already published. Dates are chosen by committers; this one is only
     * used where the policy speaks in dates (a reviewer's valid-from and revocation day).
     */
    java.time.Instant mainlineTime(int entry) {
        return mainlineTimes.get(entry);
    }

    /**
     * When a record in {@code node} took effect: the time of the mainline commit that brought it in ({@link
     * #mainlineTime}), so neither a back-dated commit nor one merged late from a side branch moves it back.
     */
    java.time.Instant effectiveTime(CommitNode node) {
        return mainlineTime(node.entry());
    }

    /** True for commits on the first-parent history of HEAD. */
    boolean mainline(CommitNode node) {
        return node.index() == nodes.size() - 1 || nodes.get(node.index() + 1).entry() != node.entry();
    }

    /** The blob at {@code path} in {@code tree}, or null; memoised because approval commits share trees. */
    ObjectId blobAt(ObjectId tree, String path) throws IOException {
        String key = tree.name() + '\0' + path;
        if (lookups.containsKey(key)) {
            return lookups.get(key);
        }
        if (cache.hasLookup(tree, path)) {
            ObjectId cached = cache.lookup(tree, path);
            lookups.put(key, cached);
            return cached;
        }
        ObjectId found = trees.blobAt(tree, path);
        lookups.put(key, found);
        cache.putLookup(tree, path, found);
        return found;
    }

    /** Whether commit {@code a} is {@code b} or one of its ancestors (parents come first in the order). */
    boolean isAncestor(int a, int b) {
        if (a == b) {
            return true;
        }
        if (a > b) {
            return false;
        }
        // only commits between a and b can lead to a: the set is sized by that distance, not by the history
        java.util.BitSet seen = new java.util.BitSet(b - a);
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        todo.add(b);
        while (!todo.isEmpty()) {
            int n = todo.poll();
            for (int p : nodes.get(n).parents()) {
                if (p == a) {
                    return true;
                }
                if (p > a && !seen.get(p - a)) {
                    seen.set(p - a);
                    todo.add(p);
                }
            }
        }
        return false;
    }
}
