package io.sanshen.inspect;

import io.sanshen.build.Waivers;
import io.sanshen.check.CheckReport;
import io.sanshen.check.rules.DeadLinkRule;
import io.sanshen.check.rules.ExternalLinkRule;
import io.sanshen.check.rules.WordRule;
import io.sanshen.content.Item;
import io.sanshen.content.SiteContent;
import io.sanshen.diag.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * 内容健康: the content checks' findings over the published site, counted by rule and by unit; dead links (internal,
 * and external with {@code --external}); serious wording (banned and sensitive words, a single-veto item); items
 * without a 索引号 and 索引号 used more than once. Warnings a reviewer waived for the published bytes
 * ({@code Sanshen-Waive}, as the build applies them) are not open findings: they are counted apart.
 *
 * @param duplicateIndexNo 索引号 → the items using it, for those used by more than one
 * @param waived           findings waived by counted approvals (已豁免)
 */
public record ContentHealth(int itemsChecked, int waived, Map<String, Integer> byRule, Map<String, Integer> byUnit,
                            List<Finding> deadLinks, List<Finding> seriousWording, List<String> withoutIndexNo,
                            Map<String, List<String>> duplicateIndexNo) {
    /** 严重表述错误: what the national indicators veto. */
    static final Set<String> SERIOUS_WORDING = Set.of(WordRule.Kind.BANNED.id(), WordRule.Kind.SENSITIVE.id());
    static final Set<String> DEAD_LINKS = Set.of(DeadLinkRule.ID, ExternalLinkRule.ID);
    /** Single pages (机构概况 and the like) carry no 索引号. */
    static final String PAGE_KIND = "page";

    public ContentHealth {
        byRule = Collections.unmodifiableMap(new TreeMap<>(byRule));
        byUnit = Collections.unmodifiableMap(new TreeMap<>(byUnit));
        deadLinks = List.copyOf(deadLinks);
        seriousWording = List.copyOf(seriousWording);
        withoutIndexNo = List.copyOf(withoutIndexNo);
        duplicateIndexNo = Collections.unmodifiableMap(new TreeMap<>(duplicateIndexNo));
    }

    public static ContentHealth of(SiteContent published, CheckReport checked, Waivers waivers) {
        Map<String, String> itemOf = published.itemPathsByFile();
        Map<String, Item> items = published.byPath();
        Map<String, Integer> byRule = new TreeMap<>();
        Map<String, Integer> byUnit = new TreeMap<>();
        List<Finding> dead = new ArrayList<>();
        List<Finding> wording = new ArrayList<>();
        int waived = 0;
        for (Finding f : checked.findings()) {
            if (waivers.waived(f)) {
                waived++;
                continue;
            }
            byRule.merge(f.ruleId(), 1, Integer::sum);
            Item item = items.get(itemOf.getOrDefault(f.pos().path(), ""));
            byUnit.merge(item == null ? "" : item.column().unitId(), 1, Integer::sum);
            if (DEAD_LINKS.contains(f.ruleId())) {
                dead.add(f);
            }
            if (SERIOUS_WORDING.contains(f.ruleId())) {
                wording.add(f);
            }
        }
        List<String> without = new ArrayList<>();
        Map<String, List<String>> byIndexNo = new TreeMap<>();
        for (Item i : published.items()) {
            if (i.column().kind().equals(PAGE_KIND)) {
                continue;
            }
            String no = i.meta().indexNo().strip();
            if (no.isEmpty()) {
                without.add(i.path());
            } else {
                byIndexNo.computeIfAbsent(no, k -> new ArrayList<>()).add(i.path());
            }
        }
        byIndexNo.values().removeIf(paths -> paths.size() < 2);
        byIndexNo.replaceAll((no, paths) -> paths.stream().sorted().toList());
        return new ContentHealth(checked.itemsChecked(), waived, byRule, byUnit, dead, wording, without.stream().sorted().toList(),
                byIndexNo);
    }
}
