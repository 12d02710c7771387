package io.sanshen.check;

import io.sanshen.check.RuleRegistry.Reads;
import io.sanshen.content.Item;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.content.Markdown;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs every enabled rule over every item in one pass per item (items in parallel), then the site-wide rules, and
 * applies the configured severity overrides.
 */
public final class CheckEngine {
    private final RuleRegistry registry;

    public CheckEngine(RuleRegistry registry) {
        this.registry = registry;
    }

    public CheckReport run(CheckContext ctx) {
        return run(ctx, ctx.site().items());
    }

    /** Checks {@code items} (a subset of the site, or all of it) in the context of the whole site. */
    public CheckReport run(CheckContext ctx, List<Item> items) {
        return run(ctx, items, FindingCache.NONE);
    }

    /**
     * Checks every item of the site, taking the findings of rules that read one item only from {@code cache} where
     * the item and what they read are unchanged (never with external checks: the network may answer otherwise).
     */
    public CheckReport run(CheckContext ctx, FindingCache.Run cache) {
        return run(ctx, ctx.site().items(), cache);
    }

    /** Checks {@code items} (a subset of the site, or all of it) as {@link #run(CheckContext, FindingCache.Run)}. */
    public CheckReport run(CheckContext ctx, List<Item> items, FindingCache.Run kept) {
        FindingCache.Run cache = ctx.external() ? FindingCache.NONE : kept;
        // built only when some item is not answered from the cache: word lists, dictionaries and models load then
        Lazy<RuleRegistry.ItemRules> rules = new Lazy<>(() -> registry.buildItemRulesByReads(ctx));
        List<SiteRule> siteRules = registry.buildSiteRules(ctx);
        List<Finding> all = Collections.synchronizedList(new ArrayList<>(registry.unknownIds(ctx.checks().severities())));
        Optional<String> site = cache.siteKey(ctx.site(), ctx.links());
        List<ItemDocument> docs = items.parallelStream().map(item -> {
            // parsed only when some rule runs: an unchanged item of an unchanged site needs no tree
            Supplier<ItemDocument> doc = memoized(() -> new ItemDocument(item, Markdown.parse(item.body())));
            List<Finding> local = new ArrayList<>(cache.findings(item, Reads.ITEM, site, () -> check(rules.get().own(), doc.get())));
            local.addAll(cache.findings(item, Reads.TODAY, site, () -> check(rules.get().dated(), doc.get())));
            local.addAll(cache.findings(item, Reads.SITE, site, () -> check(rules.get().site(), doc.get())));
            all.addAll(local);
            return new ItemDocument(item, null).withoutTree();
        }).toList();
        for (SiteRule rule : siteRules) {
            if (rule.readsItems()) {
                rule.check(docs, all::add);
            } else {
                all.addAll(cache.policyFindings(rule.id(), () -> {
                    List<Finding> found = new ArrayList<>();
                    rule.check(docs, found::add);
                    return found;
                }));
            }
        }
        return new CheckReport(applyOverrides(all, ctx.checks().severities()), items.size());
    }

    private static <T> Supplier<T> memoized(Supplier<T> make) {
        Object[] made = new Object[1];
        return () -> {
            if (made[0] == null) {
                made[0] = make.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) made[0];
            return t;
        };
    }

    private static List<Finding> check(List<Rule> rules, ItemDocument doc) {
        List<Finding> found = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(doc, found::add);
        }
        return found;
    }

    /**
     * Runs only item rule {@code id} over {@code items}, severity overrides applied: the build runs the link rule
     * again once it knows which items a blocker keeps offline.
     */
    public List<Finding> runItemRule(CheckContext ctx, List<Item> items, String id) {
        List<Rule> rules = registry.buildItemRules(ctx, id::equals);
        List<Finding> all = Collections.synchronizedList(new ArrayList<>());
        items.parallelStream().forEach(item -> {
            ItemDocument doc = new ItemDocument(item, Markdown.parse(item.body()));
            rules.forEach(rule -> rule.check(doc, all::add));
        });
        return applyOverrides(all, ctx.checks().severities());
    }

    static List<Finding> applyOverrides(List<Finding> findings, Map<String, String> severities) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String level = severities.get(f.ruleId());
            if (level == null) {
                out.add(f);
            } else if (!level.equals("off")) {
                out.add(f.withSeverity(Severity.valueOf(level.toUpperCase(Locale.ROOT))));
            }
        }
        return out;
    }
}
