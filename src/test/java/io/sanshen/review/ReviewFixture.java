package io.sanshen.review;

import io.sanshen.review.signature.CommitSigner;
import io.sanshen.testkit.SiteFiles;
import io.sanshen.testkit.TestKeys;
import io.sanshen.testkit.TestRepos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A real repository with a real policy: one column (news, unit office), five reviewers with freshly generated
 * ed25519 keys, and helpers that commit content and signed approval records.
 */
final class ReviewFixture {
    static final String ITEM = "content/news/2024-05-22-会议 纪要.md";
    static final List<String> NAMES = List.of("信息员甲", "科长乙", "分管丙", "主任丁", "管理员戊", "外单位己");

    final Path dir;
    final Repository repo;
    final Map<String, TestKeys.SshKey> keys = new LinkedHashMap<>();
    final Map<String, Path> keyFiles = new LinkedHashMap<>();

    ReviewFixture(Path dir) throws IOException {
        this.dir = dir;
        this.repo = TestRepos.init(dir.resolve("repo"));
        for (String n : NAMES) {
            TestKeys.SshKey k = TestKeys.newSshEd25519("reviewer" + NAMES.indexOf(n) + "@test.gov.cn");
            keys.put(n, k);
            keyFiles.put(n, k.writeTo(dir, "key-" + NAMES.indexOf(n)));
        }
    }

    String config(int version, String extraReviewers) {
        return config(version, extraReviewers, "");
    }

    /** {@code extraColumns}: more entries for the {@code columns:} list, indented like the news column. */
    String config(int version, String extraReviewers, String extraColumns) {
        return SiteFiles.SITE_SECTION + """
                units:
                  - id: office
                    name: 区政府办公室
                  - id: hr
                    name: 区人社局
                columns:
                  - id: news
                    title: 政务要闻
                    path: news
                    unit: office
                %sreview:
                  version: %d
                  admins: [管理员戊]
                reviewers:
                  - name: 信息员甲
                    unit: office
                    roles: [网站信息员]
                    email: clerk@test.gov.cn
                    keys: ["%s"]
                  - name: 科长乙
                    unit: office
                    roles: [责任科室负责人]
                    email: chief@test.gov.cn
                    keys: ["%s"]
                  - name: 分管丙
                    unit: office
                    roles: [单位分管领导]
                    keys: ["%s"]
                  - name: 主任丁
                    unit: office
                    roles: [主要领导]
                    keys: ["%s"]
                  - name: 管理员戊
                    unit: office
                    roles: []
                    keys: ["%s"]
                  - name: 外单位己
                    unit: hr
                    roles: [责任科室负责人, 单位分管领导]
                    keys: ["%s"]
                %s""".formatted(extraColumns, version, pub("信息员甲"), pub("科长乙"), pub("分管丙"), pub("主任丁"),
                pub("管理员戊"), pub("外单位己"), extraReviewers);
    }

    String pub(String name) {
        return keys.get(name).publicLine();
    }

    RevCommit commit(String path, String content, PersonIdent who) throws Exception {
        try (Git git = new Git(repo)) {
            Path file = repo.getWorkTree().toPath().resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            git.add().addFilepattern(path).call();
            return git.commit().setMessage("edit " + path).setAuthor(who).setCommitter(who).setSign(false).call();
        }
    }

    RevCommit commit(String path, String content) throws Exception {
        return commit(path, content, TestRepos.person("编辑 Editor", "editor@test.gov.cn"));
    }

    /** A repository with the v1 policy and one normal item. */
    static ReviewFixture withItem(Path dir, boolean important) throws Exception {
        ReviewFixture f = new ReviewFixture(dir);
        f.commit("site-config.yml", f.config(1, ""));
        f.commit(ITEM, item("会议纪要", important));
        return f;
    }

    static String item(String title, boolean important) {
        return "---\ntitle: " + title + "\ndate: 2024-05-22\npublisher: 区政府办公室\nsource: 区政府办公室\n"
                + (important ? "important: true\n" : "") + "---\n\n正文。\n";
    }

    ObjectId blob(String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(repo, path, repo.parseCommit(repo.resolve("HEAD")).getTree())) {
            return tw.getObjectId(0);
        }
    }

    RevCommit record(String signer, ApprovalRecord.Action action, ApprovalRecord.Level level, String path,
            ObjectId blob, List<String> checks) throws Exception {
        ApprovalRecord r = new ApprovalRecord(action, level, List.of(new ApprovalRecord.Item(path, blob)), checks, "同意",
                List.of());
        return CommitSigner.withSshKey(keyFiles.get(signer)).commitEmpty(repo, r.toMessage(),
                TestRepos.person(signer, "r" + NAMES.indexOf(signer) + "@test.gov.cn"));
    }

    RevCommit approve(String signer, int level, String path) throws Exception {
        return record(signer, ApprovalRecord.Action.APPROVE, ApprovalRecord.Level.of(level), path, blob(path),
                level == 3 ? List.of("政治", "政策", "文字", "保密", "舆情") : List.of("文字"));
    }

    /** Levels 1..3 (and 4 when {@code important}) by the office reviewers. */
    void approveChain(String path, boolean important) throws Exception {
        approve("信息员甲", 1, path);
        approve("科长乙", 2, path);
        approve("分管丙", 3, path);
        if (important) {
            approve("主任丁", 4, path);
        }
    }

    ReviewReport review() throws IOException {
        return review(Optional.empty());
    }

    /**
     * The review as {@code verify} makes it (every signature checked), after making sure a build's review — which
     * checks only the signatures of the records that decide publication, with no background checking — publishes
     * exactly the same: every test of this fixture, the plain-git bypass tests among them, is also a test of the
     * build's signature scope.
     */
    ReviewReport review(Optional<String> trustRoot) throws IOException {
        LocalDate day = LocalDate.of(2024, 5, 23);
        ReviewReport full = new ReviewEngine(repo, new ReviewEngine.Options(trustRoot, Optional.empty(), day,
                ReviewEngine.SignatureScope.ALL), 0).run();
        ReviewReport build = new ReviewEngine(repo, new ReviewEngine.Options(trustRoot, Optional.empty(), day,
                ReviewEngine.SignatureScope.DECIDING), 0).run();
        if (!build.paths().equals(full.paths())) {
            throw new AssertionError("a build's review (deciding signatures only) differs from a full one:\n  build: "
                    + build.paths() + "\n  full:  " + full.paths());
        }
        return full;
    }

    PathReview status(ReviewReport r, String path) {
        return r.path(path).orElseThrow(() -> new AssertionError("no review for " + path + " in " + r.paths()));
    }
}
