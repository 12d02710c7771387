package io.sanshen.check;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Findings;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.yaml.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one list of rules. Each entry builds its rule from the run's context (so dictionaries are built once per
 * run); ids must be unique, and a config naming an unknown rule gets the closest known id.
 */
public final class RuleRegistry {
    /**
     * What an item rule reads besides the config and word lists, which decides whether its findings on an unchanged
     * item may be taken from a {@link FindingCache}: the item alone (its file and attachments), the item and today's
     * date, or other items too (links: run every time). Register a rule with what it truly reads: a rule marked
     * {@code ITEM} that looks at other items or the clock would keep stale findings.
     */
    public enum Reads { ITEM, TODAY, SITE }

    /** The item rules of one run, by what they read. */
    record ItemRules(List<Rule> own, List<Rule> dated, List<Rule> site) {
    }

    private final Map<String, Function<CheckContext, Rule>> itemRules = new LinkedHashMap<>();
    private final Map<String, Reads> reads = new LinkedHashMap<>();
    private final Map<String, Function<CheckContext, SiteRule>> siteRules = new LinkedHashMap<>();

    /** All rules shipped with Sanshen. */
    public static RuleRegistry standard() {
        RuleRegistry r = new RuleRegistry();
        StandardRules.register(r);
        return r;
    }

    /** An item rule that reads the item alone. */
    public RuleRegistry item(String id, Function<CheckContext, Rule> factory) {
        return item(id, Reads.ITEM, factory);
    }

    public RuleRegistry item(String id, Reads what, Function<CheckContext, Rule> factory) {
        if (itemRules.containsKey(id) || siteRules.containsKey(id)) {
            throw new IllegalArgumentException("duplicate rule id: " + id);
        }
        itemRules.put(id, factory);
        reads.put(id, what);
        return this;
    }

    public RuleRegistry site(String id, Function<CheckContext, SiteRule> factory) {
        if (itemRules.containsKey(id) || siteRules.containsKey(id)) {
            throw new IllegalArgumentException("duplicate rule id: " + id);
        }
        siteRules.put(id, factory);
        return this;
    }

    /**
     * Rules that need review data from Git and therefore run in the build, not here (this package must not know
     * review); listed so that {@code checks.rules} may set their severity.
     */
    public static final List<String> BUILD_RULE_IDS = List.of("format.backdated");

    public List<String> ids() {
        List<String> ids = new ArrayList<>(itemRules.keySet());
        ids.addAll(siteRules.keySet());
        ids.addAll(BUILD_RULE_IDS);
        return ids;
    }

    List<Rule> buildItemRules(CheckContext ctx) {
        return buildItemRules(ctx, id -> true);
    }

    List<Rule> buildItemRules(CheckContext ctx, java.util.function.Predicate<String> ids) {
        return itemRules.entrySet().stream().filter(e -> ids.test(e.getKey()))
                .filter(e -> !"off".equals(ctx.checks().severities().get(e.getKey())))
                .map(e -> e.getValue().apply(ctx)).toList();
    }

    /** The enabled item rules of a run, by what they read. */
    ItemRules buildItemRulesByReads(CheckContext ctx) {
        return new ItemRules(buildItemRules(ctx, id -> reads.get(id) == Reads.ITEM),
                buildItemRules(ctx, id -> reads.get(id) == Reads.TODAY),
                buildItemRules(ctx, id -> reads.get(id) == Reads.SITE));
    }

    List<SiteRule> buildSiteRules(CheckContext ctx) {
        return siteRules.entrySet().stream().filter(e -> !"off".equals(ctx.checks().severities().get(e.getKey())))
                .map(e -> e.getValue().apply(ctx)).toList();
    }

    /** Every registered rule, built against {@code ctx} to read its description, in registration order. */
    public List<RuleInfo> describe(CheckContext ctx) {
        List<RuleInfo> out = new ArrayList<>();
        itemRules.values().forEach(f -> {
            Rule r = f.apply(ctx);
            out.add(new RuleInfo(r.id(), r.description(), false));
        });
        siteRules.values().forEach(f -> {
            SiteRule r = f.apply(ctx);
            out.add(new RuleInfo(r.id(), r.description(), true));
        });
        return out;
    }

    /** Config entries under {@code checks.rules} that name no rule. */
    public List<Finding> unknownIds(Map<String, String> configured) {
        Findings sink = new Findings();
        for (String id : configured.keySet()) {
            if (!ids().contains(id)) {
                Text fix = Suggest.closest(id, ids()).map(g -> Text.of("你是不是想写“" + g + "”？", "Did you mean '" + g + "'?"))
                        .orElse(Text.of("运行 sanshen check --list-rules 查看全部规则。", "Run 'sanshen check --list-rules' to see them all."));
                sink.error("config.unknown-rule", SourcePos.file("site-config.yml"),
                        Text.of("checks.rules 中的规则“" + id + "”不存在。", "checks.rules names unknown rule '" + id + "'."), fix);
            }
        }
        return sink.sorted();
    }
}
