package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.SiteRule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * 外链失效: fetches every http(s) link of every item (only with {@code --external}), each URL once, at most
 * {@value #CONCURRENCY} at a time and {@value #PER_HOST} per host, with results cached for a day. A polite crawler:
 * it names itself ({@link PoliteHosts#USER_AGENT}), honours each host's robots.txt (read once per host and run; a
 * disallowed link is not fetched and not reported) and sends its requests to one host one at a time,
 * {@code checks.external-delay-ms} apart (1 s by default; {@value #PER_HOST} threads at most wait for one host). Broken links (4xx, 5xx, timeouts, errors) are blockers; a
 * redirect to another host is a warning (the page may have moved).
 */
public final class ExternalLinkRule implements SiteRule {
    public static final String ID = "link.external";
    static final int CONCURRENCY = 8;
    static final int PER_HOST = 2;

    private final boolean enabled;
    private final Path siteRoot;
    private final Clock clock;
    private final Duration timeout;
    private final Duration delay;

    public ExternalLinkRule(CheckContext ctx) {
        this(ctx, Clock.systemUTC(), Duration.ofSeconds(10));
    }

    ExternalLinkRule(CheckContext ctx, Clock clock, Duration timeout) {
        this(ctx, clock, timeout, Duration.ofMillis(ctx.checks().externalDelayMs()));
    }

    ExternalLinkRule(CheckContext ctx, Clock clock, Duration timeout, Duration delay) {
        this.enabled = ctx.external();
        this.siteRoot = ctx.siteRoot();
        this.clock = clock;
        this.timeout = timeout;
        this.delay = delay;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("外部链接无法访问或已跳转到其他网站（需 --external）", "External links that fail or redirect elsewhere (with --external)");
    }

    @Override
    public void check(List<ItemDocument> docs, Consumer<Finding> out) {
        if (!enabled) {
            return;
        }
        Map<String, List<Runnable>> uses = new LinkedHashMap<>();
        Map<String, LinkStatus> results = new ConcurrentHashMap<>();
        List<Finding> found = new ArrayList<>();
        for (ItemDocument doc : docs) {
            for (BodyLink link : BodyLinks.of(doc.markdown())) {
                if (link.isWeb()) {
                    uses.computeIfAbsent(link.url(), u -> new ArrayList<>())
                            .add(() -> report(doc, link, results.get(link.url()), found::add));
                }
            }
        }
        LinkCache cache = new LinkCache(siteRoot);
        fetch(uses.keySet(), cache, results);
        cache.save();
        uses.values().forEach(list -> list.forEach(Runnable::run));
        found.forEach(out);
    }

    private void fetch(Iterable<String> urls, LinkCache cache, Map<String, LinkStatus> results) {
        Instant now = clock.instant();
        LinkProbe probe = new LinkProbe(timeout, new PoliteHosts(delay, timeout));
        Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (String url : urls) {
                var cached = cache.fresh(url, now);
                if (cached.isPresent()) {
                    results.put(url, cached.get());
                    continue;
                }
                Semaphore gate = hosts.computeIfAbsent(WrongLinkRule.host(url).orElse(""), h -> new Semaphore(PER_HOST));
                jobs.add(pool.submit(() -> {
                    gate.acquireUninterruptibly();
                    try {
                        LinkStatus s = probe.check(url);
                        results.put(url, s);
                        cache.put(url, s, now);
                    } finally {
                        gate.release();
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("external link check failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(ItemDocument doc, BodyLink link, LinkStatus s, Consumer<Finding> out) {
        if (s.broken()) {
            String what = switch (s.status()) {
                case LinkStatus.TIMEOUT -> "访问超时";
                case LinkStatus.ERROR -> "无法访问（" + s.detail() + "）";
                default -> "返回 HTTP " + s.status();
            };
            String whatEn = s.status() == LinkStatus.TIMEOUT ? "timed out"
                    : s.status() == LinkStatus.ERROR ? "cannot be reached (" + s.detail() + ")" : "returns HTTP " + s.status();
            out.accept(doc.finding(ID, Severity.BLOCKER, link.start(), link.end(),
                    Text.of("外部链接 " + link.url() + " " + what + "。", "External link " + link.url() + " " + whatEn + "."),
                    Text.of("改为可访问的地址，或删除该链接。", "Use a working address or remove the link.")));
            return;
        }
        String from = WrongLinkRule.host(link.url()).orElse("");
        String to = WrongLinkRule.host(s.finalUrl()).orElse("");
        if (!bare(from).equals(bare(to))) {
            out.accept(doc.finding(ID, Severity.WARNING, link.start(), link.end(),
                    Text.of("外部链接 " + link.url() + " 跳转到了其他网站 " + s.finalUrl() + "。",
                            "External link " + link.url() + " redirects to another site, " + s.finalUrl() + "."),
                    Text.of("确认跳转后的页面可信，并直接链接到它。", "Make sure the target is trustworthy and link to it directly.")));
        }
    }

    private static String bare(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
