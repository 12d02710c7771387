package io.sanshen.check.text;

import java.util.List;

/** What {@link WordListLoader} read: the accepted entries and the problems it reported (entries in file order). */
public record WordLists(List<WordEntry> entries, List<LoadProblem> problems) {

    public WordLists {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
