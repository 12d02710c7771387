package io.sanshen.build;

import io.sanshen.config.SiteConfig;
import io.sanshen.content.Backdating;
import io.sanshen.content.ContentSource;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.review.ApprovedSource;
import io.sanshen.review.PathKind;
import io.sanshen.review.PathReview;
import io.sanshen.review.Publication;
import io.sanshen.review.ReviewEngine;
import io.sanshen.review.ReviewReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The REVIEW phase of a publishing build: reviews HEAD, and gives the build the approved view — content from
 * {@link ApprovedSource} (whole bundles only), and the policy files (site-config.yml, templates/, rules/) at their
 * last approved version, written to a private folder the build reads config, word lists and templates from. The
 * work tree is never published. Fails closed when the site is not a Git repository or no reviewers are configured.
 */
final class ReviewPhase implements AutoCloseable {
    final Repository repo;
    final ReviewReport report;
    final Path policyRoot;
    final ContentSource source;
    final List<Exclusion> excluded = new ArrayList<>();
    final List<Exclusion> olderVersions = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    final Backdating backdating;

    private ReviewPhase(Repository repo, ReviewReport report, Path policyRoot) throws IOException {
        this.repo = repo;
        this.report = report;
        this.policyRoot = policyRoot;
        Publication publication = report.publication();
        ApprovedContent.exclusions(publication, excluded, olderVersions);
        this.source = new ApprovedSource(repo, publication.files(), report.head());
        this.backdating = backdating(repo, report);
    }

    /** The back-dating rule of the approved policy (its migration commit, if any) for the reviewed history. */
    static Backdating backdating(Repository repo, ReviewReport report) throws IOException {
        return report.policy().isEmpty() ? Backdating.NO_MIGRATION
                : Backdating.of(repo, report.policy().get().review(), report.head());
    }

    static ReviewPhase run(BuildOptions options) throws BuildFailure, IOException {
        Repository repo = open(options.siteRoot()).orElseThrow(() -> failure(Text.of(
                "站点目录不是 Git 仓库的根目录，无法核对审核记录，拒绝发布。",
                "The site folder is not the root of a Git repository: approvals cannot be verified, so nothing is published."),
                SourcePos.file(".")));
        ReviewReport report;
        try {
            report = review(repo, options);
        } catch (IOException | RuntimeException e) {
            repo.close();
            throw e;
        }
        if (!configured(report)) {
            repo.close();
            throw failure(Text.of("site-config.yml 中没有经管理员批准的 review:/reviewers: 审核策略，拒绝发布。",
                    "site-config.yml has no admin-approved review:/reviewers: policy, so nothing is published."),
                    SourcePos.file(SiteConfig.FILE));
        }
        try {
            refuseGitLinks(repo, report);
        } catch (BuildFailure | IOException | RuntimeException e) {
            repo.close();
            throw e;
        }
        ReviewPhase phase = new ReviewPhase(repo, report, Files.createTempDirectory("sanshen-approved-policy"));
        phase.findings.addAll(report.findings());
        phase.writePolicyFiles();
        return phase;
    }

    /** What a preview learns from review: where things stand, and the waivers of current blobs. */
    record Reviewed(ReviewReport report, Waivers waivers, Backdating backdating) {
    }

    /** Review data for a preview: empty when the site is not a Git repository or has no approved policy. */
    static Optional<Reviewed> forPreview(BuildOptions options) throws IOException {
        return forPreview(options, BuildCaches.inMemory());
    }

    /**
     * As {@link #forPreview(BuildOptions)}, taking the review of the same HEAD, date and trust root from
     * {@code caches} (a preview server rebuilds on every save; what review decides comes from history alone).
     */
    static Optional<Reviewed> forPreview(BuildOptions options, BuildCaches caches) throws IOException {
        Optional<Repository> repo = open(options.siteRoot());
        if (repo.isEmpty()) {
            return Optional.empty();
        }
        try (Repository r = repo.get()) {
            ObjectId head = r.resolve(Constants.HEAD);
            if (head == null) {
                return Optional.empty();
            }
            String key = head.name() + ' ' + options.today() + ' ' + options.trustRoot().orElse("");
            Optional<Reviewed> kept = caches.previewReview(key);
            if (kept != null) {
                return kept;
            }
            ReviewReport report = review(r, options);
            Optional<Reviewed> reviewed = configured(report)
                    ? Optional.of(new Reviewed(report, Waivers.of(report), backdating(r, report))) : Optional.empty();
            caches.previewReviewed(key, reviewed);
            return reviewed;
        }
    }

    private static ReviewReport review(Repository repo, BuildOptions options) throws IOException {
        // what is published rests only on the records that count: their signatures are checked, not every one
        return new ReviewEngine(repo, new ReviewEngine.Options(options.trustRoot(), Optional.of(options.siteRoot()),
                options.today(), ReviewEngine.SignatureScope.DECIDING)).run();
    }

    private static boolean configured(ReviewReport report) {
        return report.policy().map(c -> c.review().configured() && !c.review().reviewers().isEmpty()).orElse(false);
    }

    static Optional<Repository> open(Path siteRoot) throws IOException {
        if (!Files.isDirectory(siteRoot.resolve(".git")) && !Files.isRegularFile(siteRoot.resolve(".git"))) {
            return Optional.empty();
        }
        return Optional.of(new FileRepositoryBuilder().setWorkTree(siteRoot.toFile()).setMustExist(true)
                .readEnvironment().build());
    }

    /**
     * Fails on a symbolic link or submodule at HEAD among the files that shape every page (site-config.yml,
     * templates, word lists): the policy files are written out as plain files, so a link's target path would
     * become a template or a word list.
     */
    private static void refuseGitLinks(Repository repo, ReviewReport report) throws BuildFailure, IOException {
        String lists = report.policy().map(c -> c.checks().wordLists()).orElse("rules") + "/";
        List<Finding> out = new ArrayList<>();
        try (TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(repo.parseCommit(report.head()).getTree());
            tw.setRecursive(true);
            while (tw.next()) {
                String path = tw.getPathString();
                FileMode mode = tw.getFileMode(0);
                boolean policy = path.equals(SiteConfig.FILE) || path.startsWith("templates/") || path.startsWith(lists);
                if (policy && (mode == FileMode.SYMLINK || mode == FileMode.GITLINK)) {
                    out.add(Finding.of("content.git-refused", Severity.BLOCKER, SourcePos.file(path),
                            Text.of("拒绝读取“" + path + "”：符号链接或子模块。", "Refusing '" + path + "': symbolic link or submodule."),
                            Text.of("提交普通文件，而不是链接。", "Commit a regular file instead of a link.")));
                }
            }
        }
        if (!out.isEmpty()) {
            throw new BuildFailure(Phase.FILES, out);
        }
    }

    /** Writes every policy file's publishable blob; a policy file never approved is left out and reported. */
    private void writePolicyFiles() throws IOException {
        for (PathReview p : report.paths()) {
            if (p.kind() != PathKind.POLICY || p.path().startsWith("content/")) {
                continue;
            }
            Optional<ObjectId> blob = p.publishedBlob();
            if (blob.isEmpty()) {
                findings.add(Finding.of("review.policy-unapproved", Severity.WARNING, SourcePos.file(p.path()),
                        Text.of("策略文件未经管理员批准（" + p.status() + "），本次构建不使用它。",
                                "Policy file not approved by admins (" + p.status() + "); this build does not use it."),
                        Text.of("请管理员以 sanshen approve --level admin 批准。", "Have admins approve it with 'sanshen approve --level admin'.")));
                continue;
            }
            if (!blob.get().equals(p.blob())) {
                findings.add(Finding.of("review.policy-older", Severity.INFO, SourcePos.file(p.path()),
                        Text.of("策略文件的新版本待批准，本次构建使用上次批准的版本。",
                                "The new version of this policy file awaits approval; the last approved version is used."),
                        Text.of("请管理员批准新版本。", "Have admins approve the new version.")));
            }
            Path target = policyRoot.resolve(p.path()).normalize();
            if (!target.startsWith(policyRoot)) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.write(target, repo.open(blob.get(), Constants.OBJ_BLOB).getBytes());
        }
    }

    private static BuildFailure failure(Text message, SourcePos pos) {
        return new BuildFailure(Phase.REVIEW, List.of(Finding.of("build.review-required", Severity.BLOCKER, pos, message,
                Text.of("配置审核人并记录审核后再构建；仅在本地试验时可用 --no-review（其结果不得上线）。",
                        "Configure reviewers and record approvals; for local experiments only, --no-review skips review (never deploy its output)."))));
    }

    @Override
    public void close() throws IOException {
        repo.close();
        try (Stream<Path> s = Files.walk(policyRoot)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
