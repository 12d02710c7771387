package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.ledger.ApprovalForm;
import io.sanshen.ledger.FormBuilder;
import io.sanshen.ledger.FormType;
import io.sanshen.ledger.Ledger;
import io.sanshen.ledger.LedgerAction;
import io.sanshen.ledger.LedgerEntry;
import io.sanshen.ledger.LedgerReader;
import io.sanshen.review.PathReview;
import io.sanshen.review.ReviewEngine;
import io.sanshen.review.ReviewReport;
import io.sanshen.testkit.Cli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * One fact, one source: on a matrix of odd but valid front matter and bundle layouts, the build (what is online),
 * the review report, {@code sanshen status --format json}, the ledger and the 发布审批表 agree on every item's
 * {@code important} and {@code draft} flags, its column, whether it is complete, and whether it is published.
 */
class FactsAgreeTest {
    static final String[] CHAIN = {"信息员甲", "科长乙", "分管丙", "主任丁"};

    @TempDir
    Path tmp;

    /**
     * One file of the matrix and what must be true of it.
     *
     * @param levels    how many levels sign it (in order, one person each)
     * @param cli       approve through the real {@code sanshen approve} (else direct signed records)
     * @param important the flag every part of the product must read
     * @param published whether it must be online after a publishing build
     * @param output    where the build writes it (page or resource), relative to the output root
     */
    record Case(String path, String text, int levels, boolean cli, boolean important, boolean draft, boolean published,
                String output, String unit) {
        boolean item() {
            return path.endsWith(".md") && !path.endsWith("/news/index.md");
        }
    }

    static String fm(String title, String extra) {
        return "---\ntitle: " + title + "\ndate: " + ReviewedSite.TODAY + "\npublisher: 区政府办公室\nsource: 区政府办公室\n"
                + extra + "---\n" + title + "的正文。\n";
    }

    static List<Case> matrix() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("content/news/plain.md", fm("普通稿件", ""), 3, true, false, false, true, "news/plain.html", "office"));
        c.add(new Case("content/news/imp-cap.md", fm("大写真值", "important: True\n"), 4, false, true, false, true,
                "news/imp-cap.html", "office"));
        c.add(new Case("content/news/imp-quoted.md", fm("引号真值", "important: \"true\"\n"), 3, false, true, false, false,
                "news/imp-quoted.html", "office"));
        c.add(new Case("content/news/imp-yes.md", fm("是的真值", "important: yes\n"), 4, false, true, false, true,
                "news/imp-yes.html", "office"));
        c.add(new Case("content/news/imp-comment.md", fm("带注释真值", "important: true # 注释\n"), 3, false, true, false,
                false, "news/imp-comment.html", "office"));
        c.add(new Case("content/news/imp-key.md", fm("引号键名", "\"important\": true\n"), 4, false, true, false, true,
                "news/imp-key.html", "office"));
        c.add(new Case("content/news/imp-zh.md", fm("中文键名", "重要信息: 是\n"), 3, false, true, false, false,
                "news/imp-zh.html", "office"));
        c.add(new Case("content/news/imp-no.md", fm("明确不重要", "important: no # 否\n"), 3, false, false, false, true,
                "news/imp-no.html", "office"));
        c.add(new Case("content/news/bom.md", "\uFEFF" + fm("带字节序标记", "important: true\n").replace("\n---\n", "\n...\n"),
                4, false, true, false, true, "news/bom.html", "office"));
        c.add(new Case("content/news/crlf.md", fm("回车换行重要", "important: true\n").replace("\n", "\r\n"), 3, false, true,
                false, false, "news/crlf.html", "office"));
        c.add(new Case("content/news/crlf-plain.md", fm("回车换行普通", "").replace("\n", "\r\n"), 3, false, false, false,
                true, "news/crlf-plain.html", "office"));
        c.add(new Case("content/news/draft.md", fm("草稿稿件", "draft: True\n"), 3, false, false, true, false,
                "news/draft.html", "office"));
        // bundles: approved whole; a nested resource folder; an important bundle whose attachment lacks 终审
        c.add(new Case("content/news/bundle/index.md", fm("带附件的稿件", ""), 3, true, false,
                false, true, "news/bundle.html", "office"));
        c.add(new Case("content/news/bundle/附件.csv", "项目,金额\n合计,100\n", 3, true, false, false, true,
                "news/bundle/附件.csv", "office"));
        c.add(new Case("content/news/nested/index.md", fm("附件在子目录的稿件", ""), 3, false, false, false, true,
                "news/nested.html", "office"));
        c.add(new Case("content/news/nested/files/数据.csv", "项目,金额\n合计,200\n", 3, false, false, false, true,
                "news/nested/files/数据.csv", "office"));
        c.add(new Case("content/news/impbundle/index.md", fm("重要的带附件稿件", "important: true\n"), 4, false, true, false,
                false, "news/impbundle.html", "office"));
        c.add(new Case("content/news/impbundle/附件.csv", "项目,金额\n合计,300\n", 3, false, true, false, false,
                "news/impbundle/附件.csv", "office"));
        // a bundle in xxgk beside the nested column xxgk/rsxx (owned by another unit): never taken for a bundle
        c.add(new Case("content/xxgk/guide/index.md", fm("公开指南", ""), 3, false, false, false, true, "xxgk/guide.html",
                "office"));
        c.add(new Case("content/xxgk/guide/表.csv", "项目,金额\n合计,400\n", 3, false, false, false, true,
                "xxgk/guide/表.csv", "office"));
        c.add(new Case("content/xxgk/rsxx/renmian.md", fm("任免通知", "important: True\n"), 4, false, true, false, true,
                "xxgk/rsxx/renmian.html", "hr"));
        // a stray index.md directly in a column folder: a column file, not an item (no flags); never approved here
        c.add(new Case("content/news/index.md", fm("栏目里的散件", "important: true\n"), 0, false, false, false, false,
                "news/index.md", "office"));
        return c;
    }

    @Test
    void everyPartOfTheProductReadsTheSameFacts() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        List<Case> cases = matrix();
        for (Case c : cases) {
            s.write(c.path(), c.text());
        }
        s.commitAll("matrix of odd but valid front matter and bundle layouts");
        approveAll(s, cases);

        BuildReport built = s.build(false);
        ReviewReport report = new ReviewEngine(s.repo, new ReviewEngine.Options(Optional.empty(), Optional.empty(),
                ReviewedSite.TODAY)).runWithLog();
        Ledger ledger = new LedgerReader(s.repo, report).read();
        Map<String, Map<String, Object>> status = statusJson(s);
        FormBuilder forms = new FormBuilder(s.repo, report, ledger);
        Path out = s.out(false);

        for (Case c : cases) {
            ObjectId blob = s.blob(c.path());
            PathReview pr = report.path(c.path()).orElseThrow(() -> new AssertionError("no review of " + c.path()));
            String as = c.path();
            // the build: online or not
            assertThat(out.resolve(c.output())).as(as + " online").matches(p -> p.toFile().exists() == c.published());
            if (c.item() && !c.published()) {
                assertThat(built.excluded()).as(as + " excluded").anyMatch(e -> e.path().equals(c.path()));
            }
            // the review report
            assertThat(pr.important()).as(as + " important (review)").isEqualTo(c.important());
            assertThat(pr.draft()).as(as + " draft (review)").isEqualTo(c.draft());
            assertThat(pr.unitId()).as(as + " unit (review)").isEqualTo(c.unit());
            int required = c.important() ? 4 : 3;
            PathReview.Status expected = c.levels() == 0 ? PathReview.Status.NEVER_APPROVED
                    : c.levels() >= required ? PathReview.Status.APPROVED : PathReview.Status.PENDING;
            assertThat(pr.status()).as(as + " status (review)").isEqualTo(expected);
            assertThat(pr.waitingFor()).as(as + " waiting for (review)")
                    .isEqualTo(expected == PathReview.Status.APPROVED ? "" : Integer.toString(c.levels() + 1));
            assertThat(report.publication().files().containsKey(c.path())).as(as + " in the review's publication")
                    .isEqualTo(c.published() || c.draft());
            // sanshen status --format json
            Map<String, Object> js = status.get(c.path());
            assertThat(js).as(as + " in status json").isNotNull();
            assertThat(js.get("status")).as(as + " status (json)").isEqualTo(pr.status().name());
            assertThat(js.get("waitingFor")).as(as + " waitingFor (json)").isEqualTo(pr.waitingFor());
            assertThat(js.get("important")).as(as + " important (json)").isEqualTo(c.important());
            assertThat(js.get("draft")).as(as + " draft (json)").isEqualTo(c.draft());
            assertThat(js.get("unit")).as(as + " unit (json)").isEqualTo(c.unit());
            assertThat(js.get("blob")).as(as + " blob (json)").isEqualTo(blob.name());
            // the ledger: a PUBLISH row for this version iff the build put it online
            List<LedgerEntry> rows = ledger.of(c.path());
            boolean publishRow = rows.stream().anyMatch(e -> e.action() == LedgerAction.PUBLISH && e.blob().equals(blob));
            if (c.published() || !inBundle(c)) {
                assertThat(publishRow).as(as + " PUBLISH row in the ledger").isEqualTo(c.published());
            } // else: see anIncompleteBundleHasNoPublicationInTheLedger
            assertThat(rows.stream().filter(e -> e.action() == LedgerAction.APPROVE).count())
                    .as(as + " counted approvals in the ledger").isEqualTo(c.levels());
            // the 发布审批表: one row per required level, as many signed as were counted
            if (c.item()) {
                ApprovalForm form = forms.build(c.path(), FormType.PUBLICATION);
                assertThat(form.important()).as(as + " important (form)").isEqualTo(c.important());
                assertThat(form.rows()).as(as + " levels on the form").hasSize(required);
                assertThat(form.rows().stream().filter(r -> !r.pending()).count()).as(as + " signed rows on the form")
                        .isEqualTo(Math.min(c.levels(), required));
                assertThat(form.blob()).as(as + " version on the form").isEqualTo(blob);
            }
        }
        long items = cases.stream().filter(c -> c.item() && c.published()).count();
        assertThat(built.items()).isEqualTo((int) items);
    }

    private static boolean inBundle(Case c) {
        return c.path().split("/").length > 3 && !c.path().startsWith("content/xxgk/rsxx/");
    }

    /**
     * Known gap (issue #15): the ledger writes a PUBLISH row for each bundle file when that file's version becomes
     * fully approved, while the build publishes a bundle only whole. Here the important item's index.md has all four
     * levels and its attachment only three: the build (rightly) keeps the bundle offline, the ledger says the
     * index.md was published. The review log has no event for "the bundle became whole"; once it has, enable this.
     */
    @Test
    void anIncompleteBundleHasNoPublicationInTheLedger() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        List<Case> cases = matrix().stream().filter(c -> c.path().startsWith("content/news/impbundle/")).toList();
        for (Case c : cases) {
            s.write(c.path(), c.text());
        }
        s.commitAll("important bundle");
        approveAll(s, cases);
        s.build(false);
        assertThat(s.out(false).resolve("news/impbundle.html")).doesNotExist();
        ReviewReport report = new ReviewEngine(s.repo, new ReviewEngine.Options(Optional.empty(), Optional.empty(),
                ReviewedSite.TODAY)).runWithLog();
        assertThat(new LedgerReader(s.repo, report).read().entries()).noneMatch(e -> e.action() == LedgerAction.PUBLISH);
    }

    /** Levels 1..n per file: the CLI ones (bundles in one record per level), the rest as direct signed records. */
    private static void approveAll(ReviewedSite s, List<Case> cases) throws Exception {
        Map<Integer, List<String>> viaCli = new HashMap<>();
        for (Case c : cases) {
            for (int level = 1; level <= c.levels(); level++) {
                if (c.cli()) {
                    viaCli.computeIfAbsent(level, k -> new ArrayList<>()).add(c.path());
                }
            }
        }
        for (int level = 1; level <= 4; level++) {
            List<String> paths = viaCli.getOrDefault(level, List.of());
            if (!paths.isEmpty()) {
                Cli r = s.approve(CHAIN[level - 1], Integer.toString(level), paths.toArray(String[]::new));
                assertThat(r.exit()).as(r.out() + r.err()).isZero();
            }
        }
        for (Case c : cases) {
            for (int level = 1; level <= c.levels() && !c.cli(); level++) {
                s.recordDirectly(CHAIN[level - 1], level, c.path(), List.of());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> statusJson(ReviewedSite s) {
        Cli r = Cli.run("status", "--site", s.root.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, Map<String, Object>> byPath = new LinkedHashMap<>();
        for (Object o : (List<Object>) new Yaml().load(r.out())) {
            Map<String, Object> m = (Map<String, Object>) o;
            byPath.put((String) m.get("path"), m);
        }
        Set<String> seen = new HashSet<>(byPath.keySet());
        assertThat(seen).isNotEmpty();
        return byPath;
    }
}
