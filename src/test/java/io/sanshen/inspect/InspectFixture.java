package io.sanshen.inspect;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;

/**
 * A real repository with a real policy — one unit, columns 政务要闻 (news, 14 days), 通知公告 (notices, 14 days),
 * 政策文件 (policies, 180 days) and three empty 14-day columns e1–e3 — reviewers with fresh ed25519 keys, and items
 * and signed records written at chosen times (UTC; 10:00 China time is 02:00Z).
 */
final class InspectFixture {
    static final List<String> NAMES = List.of("信息员甲", "科长乙", "分管丙", "主任丁", "管理员戊");
    static final List<String> FIVE_CHECKS = List.of("政治", "政策", "文字", "保密", "舆情");

    final Path dir;
    final Repository repo;
    private final Map<String, Path> keyFiles = new LinkedHashMap<>();
    private final Map<String, TestKeys.SshKey> keys = new LinkedHashMap<>();

    InspectFixture(Path dir, String configWhen) throws Exception {
        this.dir = dir;
        this.repo = TestRepos.init(dir.resolve("repo"));
        for (String n : NAMES) {
            TestKeys.SshKey k = TestKeys.newSshEd25519("r" + NAMES.indexOf(n) + "@test.gov.cn");
            keys.put(n, k);
            keyFiles.put(n, k.writeTo(dir, "key-" + NAMES.indexOf(n)));
        }
        commit("site-config.yml", config(""), configWhen);
    }

    static String item(String title, String date, String indexNo) {
        return "---\ntitle: " + title + "\nsource: 区政府办公室\ndate: " + date + "\n"
                + (indexNo.isEmpty() ? "" : "index-no: " + indexNo + "\n") + "---\n\n" + title + "的正文。\n";
    }

    /** The policy; {@code reviewLines}: the {@code review:} lines after the admins (empty: version 1). */
    private String config(String reviewLines) {
        StringBuilder reviewers = new StringBuilder();
        String[] roles = {"网站信息员", "责任科室负责人", "单位分管领导", "主要领导", ""};
        for (int i = 0; i < NAMES.size(); i++) {
            reviewers.append("  - name: ").append(NAMES.get(i)).append("\n    unit: office\n    roles: [")
                    .append(roles[i]).append("]\n    keys: [\"").append(keys.get(NAMES.get(i)).publicLine()).append("\"]\n");
        }
        StringBuilder columns = new StringBuilder();
        String[][] cols = {{"news", "政务要闻", "14"}, {"notices", "通知公告", "14"}, {"policies", "政策文件", "180"},
                {"e1", "空栏目一", "14"}, {"e2", "空栏目二", "14"}, {"e3", "空栏目三", "14"}};
        for (String[] c : cols) {
            columns.append("  - id: ").append(c[0]).append("\n    title: ").append(c[1])
                    .append(c[0].equals("news") ? "\n    title-en: Government News" : "").append("\n    path: ").append(c[0])
                    .append("\n    unit: office\n    update-days: ").append(c[2]).append('\n');
        }
        return SiteFiles.SITE_SECTION + """
                units:
                  - id: office
                    name: 区政府办公室
                    name-en: District Office
                    credit-code: "11320199014170123X"
                columns:
                """ + columns + """
                review:
                  admins: [管理员戊]
                """ + (reviewLines.isEmpty() ? "  version: 1\n" : reviewLines) + "reviewers:\n" + reviewers;
    }

    /**
     * Policy version 2 names {@code commit} as the migration from the old portal, approved by the admin one hour
     * after it is committed at {@code when}.
     */
    void migrate(ObjectId commit, String when) throws Exception {
        commit("site-config.yml", config("  version: 2\n  migration: " + commit.name() + "\n"), when);
        record("管理员戊", Action.APPROVE, Level.ADMIN, "site-config.yml",
                Instant.parse(when).plusSeconds(3600).toString());
    }

    void commit(String path, String content, String when) {
        TestRepos.commitFile(repo, path, content, "edit " + path, person("编辑 Editor", "editor@test.gov.cn", when));
    }

    static PersonIdent person(String name, String email, String when) {
        return new PersonIdent(name, email, Instant.parse(when), TimeZones.CHINA);
    }

    ObjectId blob(String path) throws IOException {
        return TestRepos.blobAtHead(repo, path);
    }

    void record(String signer, Action action, Level level, String path, String when) throws Exception {
        record(signer, action, level, path, when, List.of());
    }

    void record(String signer, Action action, Level level, String path, String when,
            List<ApprovalRecord.Waiver> waivers) throws Exception {
        ApprovalRecord r = new ApprovalRecord(action, level, List.of(new ApprovalRecord.Item(path, blob(path))),
                level.number() == 3 ? FIVE_CHECKS : List.of("文字"), "意见", waivers);
        CommitSigner.withSshKey(keyFiles.get(signer)).commitEmpty(repo, r.toMessage(),
                person(signer, "r" + NAMES.indexOf(signer) + "@test.gov.cn", when));
    }

    /** Levels 1, 2 and 3 (3 attests 保密) by the office's reviewers at the three times given. */
    void approve(String path, String l1, String l2, String l3) throws Exception {
        record("信息员甲", Action.APPROVE, Level.of(1), path, l1);
        record("科长乙", Action.APPROVE, Level.of(2), path, l2);
        record("分管丙", Action.APPROVE, Level.of(3), path, l3);
    }

    ReviewReport review(LocalDate today) throws IOException {
        return new ReviewEngine(repo, new ReviewEngine.Options(Optional.empty(), Optional.empty(), today)).runWithLog();
    }

    Inspection inspect(LocalDate today) throws IOException {
        return new Inspector(repo, new Inspector.Options(today, Inspector.DEFAULT_LEAD_DAYS, false,
                repo.getWorkTree().toPath())).run(review(today)).orElseThrow();
    }
}
