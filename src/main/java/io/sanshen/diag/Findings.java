package io.sanshen.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A capped, append-only collector of findings, so a badly broken input cannot flood memory or the terminal.
 * Not thread-safe: each file is parsed by one thread into its own collector.
 */
public final class Findings {
    public static final int DEFAULT_CAP = 1000;

    private final List<Finding> list = new ArrayList<>();
    private final int cap;
    private int dropped;

    public Findings() {
        this(DEFAULT_CAP);
    }

    public Findings(int cap) {
        this.cap = cap;
    }

    public void add(Finding f) {
        if (list.size() < cap) {
            list.add(f);
        } else {
            dropped++;
        }
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

    public int dropped() {
        return dropped;
    }

    public List<Finding> sorted() {
        List<Finding> copy = new ArrayList<>(list);
        Collections.sort(copy);
        return List.copyOf(copy);
    }
}
