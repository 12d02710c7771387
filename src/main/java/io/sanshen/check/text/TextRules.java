package io.sanshen.check.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the text checks need from a rules directory, built once: the word matcher over all word lists and
 * the near-miss matcher over {@value WordListLoader#CANONICAL_PHRASES_FILE} (empty when the file is absent), plus
 * the problems found while loading them.
 */
public record TextRules(WordMatcher words, NearMissMatcher nearMisses, List<LoadProblem> problems) {

    public TextRules {
        problems = List.copyOf(problems);
    }

    public static TextRules load(Path rulesDirectory) throws IOException {
        WordLists lists = WordListLoader.load(rulesDirectory);
        List<LoadProblem> problems = new ArrayList<>(lists.problems());
        Path phraseFile = rulesDirectory.resolve(WordListLoader.CANONICAL_PHRASES_FILE);
        List<String> phrases = List.of();
        if (Files.isRegularFile(phraseFile)) {
            PhraseList phraseList = PhraseListLoader.load(phraseFile);
            problems.addAll(phraseList.problems());
            phrases = phraseList.phrases();
        }
        return new TextRules(WordMatcher.of(lists.entries()), NearMissMatcher.of(phrases), problems);
    }
}
