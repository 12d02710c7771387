package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.SiteRule;
import io.sanshen.content.Item;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One 索引号 identifies one piece of information: every item sharing one is reported, each pointing at the others.
 * Checked items are compared against the whole site, so checking one folder still finds clashes outside it.
 */
public final class IndexNoUniqueRule implements SiteRule {
    public static final String ID = "format.index-no-unique";
    private final List<Item> site;

    public IndexNoUniqueRule(CheckContext ctx) {
        this(ctx.site().items());
    }

    IndexNoUniqueRule(List<Item> site) {
        this.site = site;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("索引号在全站必须唯一。", "Index numbers must be unique across the site.");
    }

    @Override
    public void check(List<ItemDocument> docs, Consumer<Finding> out) {
        Map<String, List<String>> byIndex = site.stream().filter(i -> !i.meta().indexNo().isBlank())
                .collect(Collectors.groupingBy(i -> i.meta().indexNo().strip(),
                        Collectors.mapping(Item::path, Collectors.toList())));
        for (ItemDocument doc : docs) {
            String indexNo = doc.item().meta().indexNo().strip();
            List<String> others = byIndex.getOrDefault(indexNo, List.of()).stream()
                    .filter(p -> !p.equals(doc.path())).sorted().toList();
            if (!indexNo.isEmpty() && !others.isEmpty()) {
                out.accept(doc.fieldFinding(ID, Severity.BLOCKER, "index-no", Text.of("索引号“" + indexNo + "”与 "
                        + String.join("、", others) + " 重复。", "Index number '" + indexNo + "' is also used by "
                        + String.join(", ", others) + "."), Text.of("为本稿件编新的流水号（同一年份中未用过的下一个号）。",
                        "Give this item a new serial (the next unused one for that year).")));
            }
        }
    }
}
