package io.sanshen.ledger;

import io.sanshen.diag.TimeZones;
import io.sanshen.review.ApprovalRecord;
import io.sanshen.review.ApprovalRecord.Action;
import io.sanshen.review.ApprovalRecord.Level;
import io.sanshen.review.ReviewEngine;
import io.sanshen.review.ReviewReport;
import io.sanshen.review.signature.CommitSigner;
import io.sanshen.testkit.SiteFiles;
import io.sanshen.testkit.TestKeys;
import io.sanshen.testkit.TestRepos;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real repository with a real policy (one column 政务要闻 owned by 区政府办公室, default levels, level 3 attests
 * 保密), reviewers with freshly generated ed25519 keys, and signed records written at chosen times.
 */
final class LedgerFixture {
    static final String ITEM = "content/news/2024-05-22-会议 纪要.md";
    static final List<String> NAMES = List.of("信息员甲", "科长乙", "分管丙", "主任丁", "管理员戊");
    static final ZoneId CHINA = TimeZones.CHINA;

    final Path dir;
    final Repository repo;
    final Map<String, TestKeys.SshKey> keys = new LinkedHashMap<>();
    final Map<String, Path> keyFiles = new LinkedHashMap<>();

    LedgerFixture(Path dir) throws Exception {
        this.dir = dir;
        this.repo = TestRepos.init(dir.resolve("repo"));
        for (String n : NAMES) {
            TestKeys.SshKey k = TestKeys.newSshEd25519("r" + NAMES.indexOf(n) + "@test.gov.cn");
            keys.put(n, k);
            keyFiles.put(n, k.writeTo(dir, "key-" + NAMES.indexOf(n)));
        }
        commit("site-config.yml", config(), "2024-05-20T01:00:00Z");
    }

    /** Fixture with one item written on 2024-05-20. */
    static LedgerFixture withItem(Path dir, String title, boolean important) throws Exception {
        LedgerFixture f = new LedgerFixture(dir);
        f.commit(ITEM, item(title, important), "2024-05-20T02:00:00Z");
        return f;
    }

    static String item(String title, boolean important) {
        return "---\ntitle: " + title + "\nsource: 区政府办公室\ndate: 2024-05-22\n" + (important ? "important: true\n" : "")
                + "---\n\n正文。\n";
    }

    private String config() {
        StringBuilder reviewers = new StringBuilder();
        String[] roles = {"网站信息员", "责任科室负责人", "单位分管领导", "主要领导", ""};
        for (int i = 0; i < NAMES.size(); i++) {
            reviewers.append("  - name: ").append(NAMES.get(i)).append("\n    unit: office\n    roles: [")
                    .append(roles[i]).append("]\n    keys: [\"").append(keys.get(NAMES.get(i)).publicLine()).append("\"]\n");
        }
        return SiteFiles.SITE_SECTION + """
                units:
                  - id: office
                    name: 区政府办公室
                columns:
                  - id: news
                    title: 政务要闻
                    path: news
                    unit: office
                review:
                  version: 1
                  admins: [管理员戊]
                reviewers:
                """ + reviewers;
    }

    RevCommit commit(String path, String content, String when) {
        return TestRepos.commitFile(repo, path, content, "edit " + path, person("编辑 Editor", "editor@test.gov.cn", when));
    }

    static PersonIdent person(String name, String email, String when) {
        return new PersonIdent(name, email, Instant.parse(when), CHINA);
    }

    ObjectId blob(String path) throws IOException {
        return TestRepos.blobAtHead(repo, path);
    }

    RevCommit record(String signer, Action action, Level level, String opinion, List<String> checks, String when)
            throws Exception {
        ApprovalRecord r = new ApprovalRecord(action, level, List.of(new ApprovalRecord.Item(ITEM, blob(ITEM))), checks,
                opinion, List.of());
        return CommitSigner.withSshKey(keyFiles.get(signer)).commitEmpty(repo, r.toMessage(),
                person(signer, "r" + NAMES.indexOf(signer) + "@test.gov.cn", when));
    }

    RevCommit approve(String signer, int level, String opinion, String when) throws Exception {
        return record(signer, Action.APPROVE, Level.of(level), opinion,
                level == 3 ? List.of("政治", "政策", "文字", "保密", "舆情") : List.of("文字"), when);
    }

    /** 一审 on 05-21, 二审 on 05-22, 三审 (with 保密) on 05-23, all 10:00 China time. */
    void approveChain() throws Exception {
        approve("信息员甲", 1, "同意", "2024-05-21T02:00:00Z");
        approve("科长乙", 2, "同意,报分管领导", "2024-05-22T02:00:00Z");
        approve("分管丙", 3, "同意发布", "2024-05-23T02:00:00Z");
    }

    ReviewReport review() throws IOException {
        return new ReviewEngine(repo, new ReviewEngine.Options(Optional.empty(), Optional.empty(), LocalDate.of(2024, 5, 24))).run();
    }

    Ledger ledger() throws IOException {
        return new LedgerReader(repo, review()).read();
    }

    String site() {
        return repo.getWorkTree().toString();
    }
}
