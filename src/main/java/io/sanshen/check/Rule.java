package io.sanshen.check;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Text;
import java.util.function.Consumer;

/**
 * One check, run on every item. Implementations are immutable and thread-safe: patterns, dictionaries and
 * automata are built in the constructor, once per run. Ids are lower-case, dot-separated ({@code secrecy.mark}).
 */
public interface Rule {
    String id();

    /** What the rule finds, for help texts and SARIF rule descriptions. */
    Text description();

    void check(ItemDocument doc, Consumer<Finding> out);
}
