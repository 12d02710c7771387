package io.sanshen.approve;

import io.sanshen.diag.TimeZones;
import io.sanshen.review.ReviewEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** The site's Git repository and the review engine on it, as every review command and the desk open them. */
public final class ReviewRepo {
    private ReviewRepo() {
    }

    public static Repository open(Path siteRoot) throws IOException {
        if (!Files.isDirectory(siteRoot.resolve(".git")) && !Files.isRegularFile(siteRoot.resolve(".git"))) {
            throw new IOException("not the root of a Git work tree: " + siteRoot);
        }
        return new FileRepositoryBuilder().setWorkTree(siteRoot.toFile()).setMustExist(true).readEnvironment().build();
    }

    public static ReviewEngine engine(Repository repo, Path siteRoot, String trustRoot) {
        return engine(repo, siteRoot, trustRoot, TimeZones.todayInChina());
    }

    /** The engine judging deadlines and key age on {@code today} (a rehearsal with {@code --today}). */
    public static ReviewEngine engine(Repository repo, Path siteRoot, String trustRoot, java.time.LocalDate today) {
        return new ReviewEngine(repo, new ReviewEngine.Options(Optional.ofNullable(trustRoot), Optional.of(siteRoot), today));
    }
}
