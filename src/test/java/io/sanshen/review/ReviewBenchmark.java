package io.sanshen.review;

import io.sanshen.review.ApprovalRecord.Action;
import io.sanshen.review.signature.CommitSigner;
import io.sanshen.testkit.TestRepos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * Not a test: generates a repository with {@code items} items, each with a signed three-level approval chain
 * (3 × items approval commits), then times {@code ReviewEngine} cold (no cache) and warm (cache read).
 * Run: {@code java -cp target/classes:target/test-classes:<deps> io.sanshen.review.ReviewBenchmark [items] [dir]}.
 */
public final class ReviewBenchmark {
    private ReviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 3400;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("reviewbench");
        if (Files.isDirectory(dir.resolve(".git"))) {
            // reuse a repository generated earlier: generation is far slower than verification
            try (Repository repo = new org.eclipse.jgit.storage.file.FileRepositoryBuilder().setGitDir(dir.resolve(".git").toFile())
                    .build()) {
                time(repo, dir);
            }
            return;
        }
        ReviewFixture f = new ReviewFixture(dir);
        long t0 = System.nanoTime();
        f.commit("site-config.yml", f.config(1, ""));
        DirCache index = DirCache.newInCore();
        DirCacheEditor seed = index.editor();
        add(seed, f.repo, "site-config.yml", Files.readAllBytes(f.repo.getWorkTree().toPath().resolve("site-config.yml")));
        seed.finish();
        CommitSigner[] signers = {CommitSigner.withSshKey(f.keyFiles.get("信息员甲")),
                CommitSigner.withSshKey(f.keyFiles.get("科长乙")), CommitSigner.withSshKey(f.keyFiles.get("分管丙"))};
        String[] names = {"信息员甲", "科长乙", "分管丙"};
        for (int i = 0; i < items; i++) {
            String path = "content/news/2024-%05d.md".formatted(i);
            DirCacheEditor ed = index.editor();
            ObjectId blob = add(ed, f.repo, path, ReviewFixture.item("第" + i + "条", false).getBytes(StandardCharsets.UTF_8));
            ed.finish();
            contentCommit(f.repo, index, "add " + path);
            for (int level = 1; level <= 3; level++) {
                ApprovalRecord r = new ApprovalRecord(Action.APPROVE, ApprovalRecord.Level.of(level),
                        List.of(new ApprovalRecord.Item(path, blob)), level == 3 ? List.of("保密") : List.of(), "同意", List.of());
                signers[level - 1].commitEmpty(f.repo, r.toMessage(), TestRepos.person(names[level - 1], "r@test.gov.cn"));
            }
            if (i % 500 == 0) {
                System.out.printf("generated %d items (%.1f s)%n", i, (System.nanoTime() - t0) / 1e9);
            }
        }
        System.out.printf("generated %d approval commits in %.1f s in %s%n", 3 * items, (System.nanoTime() - t0) / 1e9, dir);
        time(f.repo, f.repo.getWorkTree().toPath());
    }

    private static void time(Repository repo, Path site) throws Exception {
        for (String run : List.of("cold (no cache)", "warm (cache)", "warm again")) {
            long t = System.nanoTime();
            ReviewReport rep = new ReviewEngine(repo, new ReviewEngine.Options(Optional.empty(), Optional.of(site),
                    LocalDate.of(2024, 6, 1))).run();
            System.out.printf("%s: %.2f s; %s; unapproved %d; ignored %d%n", run, (System.nanoTime() - t) / 1e9, rep.stats(),
                    rep.unapproved().size(), rep.ignored().size());
        }
    }

    private static ObjectId add(DirCacheEditor ed, Repository repo, String path, byte[] bytes) throws Exception {
        ObjectId blob;
        try (ObjectInserter ins = repo.newObjectInserter()) {
            blob = ins.insert(Constants.OBJ_BLOB, bytes);
            ins.flush();
        }
        ed.add(new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry e) {
                e.setFileMode(FileMode.REGULAR_FILE);
                e.setObjectId(blob);
            }
        });
        return blob;
    }

    private static void contentCommit(Repository repo, DirCache index, String message) throws Exception {
        try (ObjectInserter ins = repo.newObjectInserter()) {
            ObjectId head = repo.resolve(Constants.HEAD);
            CommitBuilder c = new CommitBuilder();
            c.setTreeId(index.writeTree(ins));
            c.setParentId(head);
            PersonIdent who = TestRepos.person("编辑 Editor", "editor@test.gov.cn");
            c.setAuthor(who);
            c.setCommitter(who);
            c.setMessage(message);
            ObjectId id = ins.insert(c);
            ins.flush();
            RefUpdate u = repo.updateRef(Constants.HEAD);
            u.setNewObjectId(id);
            u.setExpectedOldObjectId(head);
            u.update();
        }
    }
}
