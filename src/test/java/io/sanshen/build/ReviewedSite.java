package io.sanshen.build;

import io.sanshen.diag.TimeZones;
import io.sanshen.review.ApprovalRecord;
import io.sanshen.review.signature.CommitSigner;
import io.sanshen.testkit.Cli;
import io.sanshen.testkit.SiteFiles;
import io.sanshen.testkit.TestKeys;
import io.sanshen.testkit.TestRepos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A real Git site with a review policy: the small test config, the real templates, four office reviewers with
 * freshly generated ed25519 keys, and helpers that approve through the real {@code sanshen approve} command.
 * Public for the tests of other packages that compare their view with the build's (ledger).
 */
public final class ReviewedSite {
    public static final List<String> NAMES = List.of("信息员甲", "科长乙", "分管丙", "主任丁", "管理员戊");
    public static final LocalDate TODAY = TimeZones.todayInChina();

    public final Path dir;
    public final Path root;
    public final Repository repo;
    public final Map<String, Path> keys = new LinkedHashMap<>();

    public ReviewedSite(Path dir) throws Exception {
        this.dir = dir;
        root = dir.resolve("site");
        Files.createDirectories(root);
        repo = TestRepos.init(root);
        Map<String, String> pubs = new LinkedHashMap<>();
        for (String n : NAMES) {
            TestKeys.SshKey k = TestKeys.newSshEd25519("r" + NAMES.indexOf(n) + "@test.gov.cn");
            keys.put(n, k.writeTo(dir, "key-" + NAMES.indexOf(n)));
            pubs.put(n, k.publicLine());
        }
        SiteFiles.write(root, SiteFiles.CONFIG + """
                -- content/_index.md --
                ---
                title: 首页
                ---
                测试区门户网站。
                """);
        Files.writeString(root.resolve("site-config.yml"), Files.readString(root.resolve("site-config.yml")) + """
                review:
                  version: 1
                  admins: [管理员戊]
                reviewers:
                  - {name: 信息员甲, unit: office, roles: [网站信息员, 网站信息员@hr], keys: ["%s"]}
                  - {name: 科长乙, unit: office, roles: [责任科室负责人, 责任科室负责人@hr], keys: ["%s"]}
                  - {name: 分管丙, unit: office, roles: [单位分管领导, 单位分管领导@hr], keys: ["%s"]}
                  - {name: 主任丁, unit: office, roles: [主要领导, 主要领导@hr], keys: ["%s"]}
                  - {name: 管理员戊, unit: office, roles: [], keys: ["%s"]}
                """.formatted(pubs.get("信息员甲"), pubs.get("科长乙"), pubs.get("分管丙"), pubs.get("主任丁"),
                pubs.get("管理员戊")));
        SiteBuildTest.copyTemplates(root);
        Files.writeString(root.resolve(".gitignore"), ".sanshen-cache/\n");
        commitAll("site");
        List<String> policy = new ArrayList<>(List.of("site-config.yml", "content/_index.md"));
        try (var s = Files.walk(root.resolve("templates"))) {
            s.filter(Files::isRegularFile).forEach(p -> policy.add(root.relativize(p).toString()));
        }
        approve("管理员戊", "admin", policy.toArray(String[]::new));
    }

    /** A normal news item dated {@code date}. */
    public static String item(String title, LocalDate date, String body) {
        return "---\ntitle: " + title + "\ndate: " + date + "\npublisher: 区政府办公室\nsource: 区政府办公室\n---\n" + body + "\n";
    }

    public void write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public void commitAll(String message) throws Exception {
        try (Git git = new Git(repo)) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage(message).setSign(false).call();
        }
    }

    public Cli approve(String who, String level, String... items) {
        List<String> args = new ArrayList<>(List.of("approve", "--site", root.toString(), "--level", level,
                "--key", keys.get(who).toString()));
        if (level.equals("3")) {
            args.addAll(List.of("--checks", "政治,政策,文字,保密,舆情"));
        }
        args.addAll(List.of(items));
        return Cli.run(args.toArray(String[]::new));
    }

    /** Levels 1–3 through the CLI; {@code extra} are more options for each call (e.g. --waive). */
    void approveChain(String path, String... extra) {
        String[] who = {"信息员甲", "科长乙", "分管丙"};
        for (int level = 1; level <= 3; level++) {
            List<String> args = new ArrayList<>(List.of(extra));
            args.add(path);
            Cli r = approve(who[level - 1], Integer.toString(level), args.toArray(String[]::new));
            if (r.exit() != 0) {
                throw new AssertionError("approve level " + level + " failed: " + r.err());
            }
        }
    }

    /** Writes a record directly with the signer, bypassing the CLI's content check (as a tampering editor could). */
    public void recordDirectly(String who, int level, String path, List<ApprovalRecord.Waiver> waivers) throws Exception {
        ApprovalRecord r = new ApprovalRecord(ApprovalRecord.Action.APPROVE, ApprovalRecord.Level.of(level),
                List.of(new ApprovalRecord.Item(path, blob(path))), level == 3 ? List.of("政治", "政策", "文字", "保密", "舆情")
                : List.of("文字"), "同意", waivers);
        CommitSigner.withSshKey(keys.get(who)).commitEmpty(repo, r.toMessage(), TestRepos.person(who, "x@test.gov.cn"));
    }

    public ObjectId blob(String path) throws Exception {
        try (TreeWalk tw = TreeWalk.forPath(repo, path, repo.parseCommit(repo.resolve("HEAD")).getTree())) {
            return tw.getObjectId(0);
        }
    }

    public Path out(boolean preview) {
        return dir.resolve(preview ? "preview" : "public");
    }

    public BuildReport build(boolean preview) throws Exception {
        return new SiteBuild(new BuildOptions(root, out(preview), preview, false, TODAY,
                false)).run();
    }
}
