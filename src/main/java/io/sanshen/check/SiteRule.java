package io.sanshen.check;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Text;
import java.util.List;
import java.util.function.Consumer;

/** A check that needs all items at once (for example 索引号 uniqueness). */
public interface SiteRule {
    String id();

    Text description();

    void check(List<ItemDocument> docs, Consumer<Finding> out);

    /**
     * False for a rule that reads only the policy files (config, word lists, templates), never the items: its
     * findings are then kept with the run's inputs ({@link FindingCache.Run#policyFindings}).
     */
    default boolean readsItems() {
        return true;
    }
}
