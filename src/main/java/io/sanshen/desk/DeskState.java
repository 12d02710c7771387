package io.sanshen.desk;

import io.sanshen.approve.ReviewRepo;
import io.sanshen.build.BuildFailure;
import io.sanshen.build.BuildOptions;
import io.sanshen.build.SiteBuild;
import io.sanshen.config.ConfigLoader;
import io.sanshen.config.ConfigResult;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.Item;
import io.sanshen.content.WorkTreeSource;
import io.sanshen.diag.Finding;
import io.sanshen.ledger.Ledger;
import io.sanshen.ledger.LedgerReader;
import io.sanshen.review.ReviewReport;
import io.sanshen.serve.TreeFingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * What the desk shows, per HEAD: first the review report and the items of the work tree (enough for the queue);
 * then, in the background, the review log with the ledger (history, forms) and the two builds the item page frames —
 * the site as it will be published once approved (a preview build of the work tree) and the site now online (a
 * publishing build). A decision moves HEAD but usually changes neither build, so builds are reused while the work
 * tree and the publishable versions are the same. Nothing is kept in static fields.
 */
final class DeskState implements AutoCloseable {
    /** The two builds of one snapshot: {@code proposed} (work tree, preview) and {@code online} (approved view). */
    record Sites(Path proposed, Path online, List<Finding> findings) {
    }

    /** What the item page needs beyond the queue: the ledger (from the review log) and the builds. */
    record Details(ReviewReport logged, Ledger ledger, Sites sites) {
    }

    record Snapshot(ObjectId head, ReviewReport report, Map<String, Item> items, CompletableFuture<Details> details) {
    }

    private final Path siteRoot;
    private final LocalDate today;
    private final Path work;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sanshen-desk-build");
        t.setDaemon(true);
        return t;
    });
    private Snapshot current;
    private String sitesKey = "";
    private Sites sites;
    private int generation;
    private String itemsKey = "";
    private Map<String, Item> items = Map.of();

    DeskState(Path siteRoot, LocalDate today) throws IOException {
        this.siteRoot = siteRoot;
        this.today = today;
        this.work = Files.createTempDirectory("sanshen-desk-");
    }

    /** The snapshot of HEAD as it is now; recomputed only when HEAD moved. */
    synchronized Snapshot snapshot() throws IOException {
        try (Repository repo = ReviewRepo.open(siteRoot)) {
            ObjectId head = repo.resolve("HEAD");
            if (current != null && current.head().equals(head)) {
                return current;
            }
            ReviewReport report = ReviewRepo.engine(repo, siteRoot, null).run();
            current = new Snapshot(head, report, items(), CompletableFuture.supplyAsync(() -> details(report), builder));
            return current;
        }
    }

    private Map<String, Item> items() throws IOException {
        String fingerprint = TreeFingerprint.of(siteRoot);
        if (!fingerprint.equals(itemsKey)) {
            items = loadItems();
            itemsKey = fingerprint;
        }
        return items;
    }

    private Map<String, Item> loadItems() throws IOException {
        ConfigResult config = ConfigLoader.load(siteRoot);
        if (config.config().isEmpty()) {
            return Map.of();
        }
        return new ContentLoader(config.config().get()).load(new WorkTreeSource(siteRoot)).content().byPath();
    }

    /** Runs on the builder thread only. */
    private Details details(ReviewReport report) {
        try (Repository repo = ReviewRepo.open(siteRoot)) {
            ReviewReport logged = ReviewRepo.engine(repo, siteRoot, null).runWithLog();
            Ledger ledger = new LedgerReader(repo, logged).read();
            String key = TreeFingerprint.of(siteRoot) + report.publishable();
            if (sites == null || !key.equals(sitesKey)) {
                Sites previous = sites;
                sites = build(work.resolve(Integer.toString(++generation)));
                sitesKey = key;
                if (previous != null) {
                    delete(previous.proposed().getParent());
                }
            }
            return new Details(logged, ledger, sites);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    private Sites build(Path dir) {
        try {
            Path proposed = dir.resolve("proposed");
            Path online = dir.resolve("online");
            List<Finding> findings;
            try {
                findings = new SiteBuild(new BuildOptions(siteRoot, proposed, true, false, today, false)).run().findings();
            } catch (BuildFailure e) {
                findings = e.findings(); // the work tree does not build: its findings say why, the frames stay empty
            }
            try {
                new SiteBuild(new BuildOptions(siteRoot, online, false, false, today, false)).run();
            } catch (BuildFailure e) {
                // nothing approved can be built (no policy yet): the item page says there is no online version
            }
            return new Sites(proposed, online, findings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }

    @Override
    public synchronized void close() {
        builder.shutdownNow();
        try (Stream<Path> walk = Files.walk(work)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort
        }
    }
}
