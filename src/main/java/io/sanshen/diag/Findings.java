package io.sanshen.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An append-only collector of findings. It keeps every finding: JSON and SARIF reports must hold all of them; only
 * output meant for people shows at most {@link #SHOWN} and says how many more there are ({@link #notShown}).
 * Not thread-safe: each file is parsed by one thread into its own collector.
 */
public final class Findings {
    /** How many findings a report for people lists before it says how many more there are. */
    public static final int SHOWN = 1000;

    private final List<Finding> list = new ArrayList<>();

    /** The line a report for people ends its list with when {@code more} findings were not shown. */
    public static Text notShown(int more) {
        return Text.of("另有 " + more + " 条未显示。", more + " more not shown.");
    }

    public void add(Finding f) {
        list.add(f);
    }

    public void addAll(Iterable<Finding> fs) {
        fs.forEach(this::add);
    }

    public void error(String ruleId, SourcePos pos, Text message, Text fix) {
        add(Finding.of(ruleId, Severity.BLOCKER, pos, message, fix));
    }

    public boolean hasBlockers() {
        return list.stream().anyMatch(Finding::isBlocker);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Finding> sorted() {
        List<Finding> copy = new ArrayList<>(list);
        Collections.sort(copy);
        return List.copyOf(copy);
    }
}
