package io.sanshen.check.text;

import java.util.List;

/** Canonical phrases read by {@link PhraseListLoader}, and the problems found while reading them. */
public record PhraseList(List<String> phrases, List<LoadProblem> problems) {

    public PhraseList {
        phrases = List.copyOf(phrases);
        problems = List.copyOf(problems);
    }
}
