package io.sanshen.inspect;

import io.sanshen.diag.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A single-veto (单项否决) condition of the national indicators that holds: one is enough for the portal to fail
 * the inspection.
 */
public record Veto(String id, Text text) {
    /** 栏目不更新: five or more columns stale or empty. */
    public static final int FAILING_COLUMNS = 5;

    static List<Veto> of(Freshness f, List<Release> backdated, ContentHealth health) {
        List<Veto> out = new ArrayList<>();
        if (f.homeStale()) {
            out.add(new Veto("home-stale", f.homeLast().map(d -> Text.of(
                    "首页连续 " + f.homeDaysSince() + " 天未更新（最后更新 " + d + "；超过 " + Freshness.HOME_DAYS + " 天即单项否决）。",
                    "The home page has not changed for " + f.homeDaysSince() + " days (last " + d + "; more than "
                            + Freshness.HOME_DAYS + " days fails the inspection).")).orElse(Text.of(
                    "首页没有任何已发布的信息。", "Nothing is published on the home page."))));
        }
        List<ColumnFreshness> failing = f.failing();
        if (failing.size() >= FAILING_COLUMNS) {
            String zh = String.join("、", failing.stream().map(c -> c.column().title()).toList());
            String en = String.join(", ", failing.stream().map(c -> c.column().titleEn()).toList());
            out.add(new Veto("columns-stale", Text.of(failing.size() + " 个栏目超期未更新或空白（" + FAILING_COLUMNS
                    + " 个及以上即单项否决）：" + zh + "。", failing.size() + " columns are stale or empty ("
                    + FAILING_COLUMNS + " or more fail the inspection): " + en + ".")));
        }
        if (!health.seriousWording().isEmpty()) {
            out.add(new Veto("wording", Text.of("已发布的页面中有 " + health.seriousWording().size()
                    + " 处严重表述错误（禁用语、敏感词）。", health.seriousWording().size()
                    + " serious wording errors (banned or sensitive words) on published pages.")));
        }
        if (!backdated.isEmpty()) {
            out.add(new Veto("backdated", Text.of("在线的 " + backdated.size() + " 条信息发布日期早于审核通过日期（倒签）。",
                    backdated.size() + " items online show a publication date before their approval (backdated).")));
        }
        return out;
    }
}
