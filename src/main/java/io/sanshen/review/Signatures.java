package io.sanshen.review;

import io.sanshen.review.signature.CommitSignature;
import io.sanshen.review.signature.ReviewerKey;
import io.sanshen.review.signature.SignatureVerifier;
import io.sanshen.review.signature.SignatureVerifier.Precheck;
import io.sanshen.review.signature.Verification;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The signature verdicts of one review run, by commit index. Commits that may carry a signature are offered while
 * the history is read, and worker threads check each SSHSIG against the key it embeds meanwhile (the walk keeps one
 * core busy; the cryptography takes the others); the trust decision is made once the policy's keys are known.
 * <ul>
 * <li>{@link #settleAll} gives every verdict exactly ({@code verify}, {@code status}, the ledger).</li>
 * <li>{@link #presumeRest} (a publishing build) gives an approval record not checked yet the verdict it gets if its
 * cryptography holds; the engine then {@link #confirm}s exactly the records that counted and judges again when one
 * fails. A record that does not count changes nothing, so what counts is what it is with every signature checked;
 * only the reason given for an ignored record may differ (another reason instead of a bad signature).</li>
 * </ul>
 */
final class Signatures implements AutoCloseable {
    private static final CommitNode DONE = new CommitNode(-1, null, new int[0], null, false, "", null, null, null, -1);

    private final SignatureCache cache;
    private final LinkedBlockingQueue<CommitNode> queue = new LinkedBlockingQueue<>();
    private final Map<Integer, Precheck> checked = new ConcurrentHashMap<>();
    private final Map<Integer, CommitNode> offered = new java.util.LinkedHashMap<>();
    private final Map<Integer, Verification> verdicts = new HashMap<>();
    private final Set<Integer> presumed = new HashSet<>();
    private final ExecutorService workers;
    private final int workerCount;
    private volatile boolean stopped;
    private SignatureVerifier verifier;
    private int verified;
    private int fromCache;

    /** {@code workerCount}: threads that check signatures while the history is read (0: checked when needed). */
    Signatures(SignatureCache cache, int workerCount) {
        this.cache = cache;
        this.workerCount = workerCount;
        this.workers = workerCount == 0 ? null : Executors.newFixedThreadPool(workerCount, r -> {
            Thread t = new Thread(r, "sanshen-signatures");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < workerCount; i++) {
            workers.execute(this::work);
        }
    }

    /** One worker per core but the one that reads the history. */
    static int defaultWorkers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** A commit whose raw bytes the scan kept (a record, or a signed content commit), in history order. */
    void offer(CommitNode node) {
        Verification hit = cache.get(node.id().name());
        if (hit != null) {
            verdicts.put(node.index(), hit);
            fromCache++;
            return;
        }
        offered.put(node.index(), node);
        if (workers != null) {
            queue.add(node);
        }
    }

    /** The history is read: no more offers. */
    void walked() {
        for (int i = 0; i < workerCount; i++) {
            queue.add(DONE);
        }
    }

    /** The keys a verdict may name: every key of every policy version a record could be judged under. */
    void trust(Collection<ReviewerKey> keys) {
        verifier = SignatureVerifier.of(keys);
    }

    /** Every verdict exactly. */
    Map<Integer, Verification> settleAll() {
        stopped = true;
        settle(offered.values().stream().filter(n -> !verdicts.containsKey(n.index())).toList());
        return verdicts;
    }

    /**
     * Exact verdicts for the commits {@code exact} selects and for those already checked; the verdict a signature
     * gets if it holds for the other approval records ({@link SignatureVerifier#presume}), to be confirmed.
     */
    Map<Integer, Verification> presumeRest(Predicate<CommitNode> exact) {
        List<CommitNode> now = new ArrayList<>();
        for (CommitNode n : offered.values()) {
            if (verdicts.containsKey(n.index())) {
                continue;
            }
            if (checked.containsKey(n.index()) || exact.test(n)) {
                now.add(n);
                continue;
            }
            Precheck p = SignatureVerifier.parse(CommitSignature.of(n.raw()));
            if (!p.unchecked()) {
                now.add(n); // nothing to presume (OpenPGP, unsigned, unreadable): checked with the others, in parallel
                continue;
            }
            Verification v = verifier.presume(p);
            if (v.isGood()) {
                presumed.add(n.index());
            }
            verdicts.put(n.index(), v);
        }
        settle(now);
        return verdicts;
    }

    /**
     * Checks the presumed verdicts among {@code counted} (commit indexes), in place in the verdict map; true when one
     * of them does not hold, so the records must be judged again.
     */
    boolean confirm(Collection<Integer> counted) {
        List<CommitNode> todo = counted.stream().filter(presumed::contains).map(offered::get).toList();
        stopped = true;
        settle(todo);
        boolean changed = false;
        for (CommitNode n : todo) {
            presumed.remove(n.index());
            changed |= !verdicts.get(n.index()).isGood();
        }
        return changed;
    }

    /** Signatures checked in this run, and verdicts read from the cache. */
    int verified() {
        return verified;
    }

    int fromCache() {
        return fromCache;
    }

    @Override
    public void close() {
        stopped = true;
        if (workers == null) {
            return;
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Exact verdicts for {@code nodes}: what the workers have not checked yet is checked here, on every core. */
    private void settle(List<CommitNode> nodes) {
        Map<Integer, Verification> done = new ConcurrentHashMap<>();
        nodes.parallelStream().forEach(n -> {
            Precheck p = checked.remove(n.index());
            done.put(n.index(), verifier.verify(p != null ? p : precheck(n)));
        });
        for (CommitNode n : nodes) {
            Verification v = done.get(n.index());
            verdicts.put(n.index(), v);
            cache.put(n.id().name(), v);
            verified++;
        }
    }

    private static Precheck precheck(CommitNode n) {
        return SignatureVerifier.precheck(CommitSignature.of(n.raw()));
    }

    private void work() {
        try {
            for (CommitNode n = queue.take(); n != DONE && !stopped; n = queue.take()) {
                checked.putIfAbsent(n.index(), precheck(n));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
