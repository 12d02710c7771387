package io.sanshen.review;

import io.sanshen.review.SignedHistoryGenerator.Layout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Not a test: generates a repository with {@code items} items, each with a signed three-level approval chain
 * (3 × items approval commits, see {@link SignedHistoryGenerator}), then times {@code ReviewEngine} cold (no cache)
 * and warm (cache read). Given a directory that already holds a repository ({@code dir/.git}), only times.
 * Run: {@code java -cp target/sanshen.jar:target/test-classes io.sanshen.review.ReviewBenchmark [items] [dir]
 * [portal|columns|flat] [--generate-only]}.
 */
public final class ReviewBenchmark {
    private ReviewBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        List<String> args = new ArrayList<>(List.of(argv));
        boolean generateOnly = args.remove("--generate-only");
        int items = args.size() > 0 ? Integer.parseInt(args.get(0)) : 3400;
        Path dir = args.size() > 1 ? Path.of(args.get(1)) : Files.createTempDirectory("reviewbench");
        Layout layout = args.size() > 2 ? Layout.parse(args.get(2)) : Layout.PORTAL;
        if (Files.isDirectory(dir.resolve(".git"))) {
            // reuse a repository generated earlier: generation is slower than verification
            try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.resolve(".git").toFile()).build()) {
                time(repo, dir);
            }
            return;
        }
        SignedHistoryGenerator.Result g = new SignedHistoryGenerator(items, layout).generate(dir);
        System.out.printf("generated %d items (%s layout), %d approval commits (%d commits) in %.1f s in %s%n", items,
                layout.name().toLowerCase(Locale.ROOT), g.signatures(), g.commits(), g.seconds(),
                g.fixture().repo.getWorkTree());
        System.out.printf("ed25519 signing: %.1f s (%.0f %% of generation, %.0f µs per signature)%n", g.signSeconds(),
                100 * g.signSeconds() / g.seconds(), 1e6 * g.signSeconds() / Math.max(1, g.signatures()));
        if (!generateOnly) {
            time(g.fixture().repo, g.fixture().repo.getWorkTree().toPath());
        }
    }

    private static void time(Repository repo, Path site) throws Exception {
        for (String run : List.of("cold (no cache)", "warm (cache)", "warm again")) {
            long t = System.nanoTime();
            ReviewReport rep = new ReviewEngine(repo, new ReviewEngine.Options(Optional.empty(), Optional.of(site),
                    LocalDate.of(2024, 6, 1))).run();
            System.out.printf("%s: %.2f s; %s; unapproved %d; ignored %d%n", run, (System.nanoTime() - t) / 1e9,
                    rep.stats(), rep.unapproved().size(), rep.ignored().size());
        }
    }
}
