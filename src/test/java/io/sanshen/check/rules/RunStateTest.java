package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleSites.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.check.CheckContext;
import io.sanshen.check.CheckEngine;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.RuleRegistry;
import io.sanshen.check.pii.PiiKind;
import io.sanshen.content.Markdown;
import io.sanshen.diag.Finding;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run builds belongs to that run: a long-running server (preview, review desk) checks sites again and again,
 * possibly at once, and must neither mix their word lists nor keep a finished run in memory.
 */
class RunStateTest {
    @TempDir
    Path dir;

    @Test
    void twoSitesCheckedAtOnceEachKeepTheirOwnWordListsAndShareThemWithinTheRun() throws Exception {
        CheckContext a = RuleSites.site(dir.resolve("a"), "-- rules/banned.txt --\n甲词\n"
                + item("content/news/a.md", "会议", "甲词与乙词。"));
        CheckContext b = RuleSites.site(dir.resolve("b"), "-- rules/banned.txt --\n乙词\n"
                + item("content/news/b.md", "会议", "甲词与乙词。"));
        CyclicBarrier bothBuilt = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> fa = pool.submit(() -> runTwice(a, bothBuilt));
            Future<List<String>> fb = pool.submit(() -> runTwice(b, bothBuilt));
            assertThat(fa.get(60, TimeUnit.SECONDS)).containsExactly("words.banned 甲词", "words.banned 甲词");
            assertThat(fb.get(60, TimeUnit.SECONDS)).containsExactly("words.banned 乙词", "words.banned 乙词");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Builds the run's resources, waits for the other site to build its own, then checks the site twice. */
    private static List<String> runTwice(CheckContext ctx, CyclicBarrier bothBuilt) throws Exception {
        RunResources first = RunResources.of(ctx);
        bothBuilt.await(30, TimeUnit.SECONDS);
        assertThat(RunResources.of(ctx)).as("one run, one set of word lists").isSameAs(first);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            for (Finding f : new CheckEngine(wordRules()).run(ctx).findings()) {
                if (f.pos().path().startsWith("content/")) {
                    out.add(f.ruleId() + " " + f.message().zh().replaceAll(".*“(.*)”.*", "$1"));
                }
            }
            bothBuilt.await(30, TimeUnit.SECONDS);
        }
        return out;
    }

    @Test
    void nothingKeepsAFinishedRunReachable() throws Exception {
        CheckContext ctx = RuleSites.site(dir, "-- rules/banned.txt --\n甲词\n"
                + item("content/news/a.md", "会议", "甲词。联系人：张三，联系电话：13800138000。"));
        assertThat(RuleRegistry.standard().describe(ctx)).isNotEmpty();
        assertThat(new CheckEngine(RuleRegistry.standard()).run(ctx).findings()).isNotEmpty();
        WeakReference<CheckContext> run = new WeakReference<>(ctx);
        WeakReference<Object> site = new WeakReference<>(ctx.site());
        ctx = null;
        assertThat(collected(run::get)).as("the check context").isTrue();
        assertThat(collected(site::get)).as("the site content").isTrue();
    }

    @Test
    void aCheckedDocumentIsNotKeptByTheRulesThatShareItsScan() throws Exception {
        CheckContext ctx = RuleSites.site(dir, item("content/news/a.md", "会议", "联系人：张三，联系电话：13800138000。"));
        PrivacyRule mobile = new PrivacyRule(ctx, PiiKind.MOBILE);
        ItemDocument doc = new ItemDocument(ctx.site().items().get(0), Markdown.parse(ctx.site().items().get(0).body()));
        List<Finding> out = new ArrayList<>();
        mobile.check(doc, out::add);
        assertThat(out).isNotEmpty();
        WeakReference<ItemDocument> checked = new WeakReference<>(doc);
        doc = null;
        assertThat(collected(checked::get)).as("the document, while the rule lives on").isTrue();
        assertThat(mobile.id()).isEqualTo("privacy.mobile");
    }

    private static RuleRegistry wordRules() {
        RuleRegistry r = new RuleRegistry();
        for (WordRule.Kind k : WordRule.Kind.values()) {
            r.item(k.id(), c -> new WordRule(c, k));
        }
        return r;
    }

    /** True once {@code ref} is cleared, asking for collections for up to ten seconds. */
    private static boolean collected(Supplier<?> ref) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            System.gc();
            if (ref.get() == null) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
