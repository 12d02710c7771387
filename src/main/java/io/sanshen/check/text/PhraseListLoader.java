package io.sanshen.check.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a canonical phrase list ({@code canonical-phrases.txt}): one phrase per line, {@code #} comments, blank
 * lines ignored. Phrases shorter than {@value NearMissMatcher#MIN_LENGTH} normalized chars are rejected: one edit
 * away from a short phrase is too often another ordinary word.
 */
public final class PhraseListLoader {

    private PhraseListLoader() {
    }

    public static PhraseList load(Path file) throws IOException {
        List<LoadProblem> problems = new ArrayList<>();
        String text = RuleFiles.read(file, problems);
        if (text == null) {
            return new PhraseList(List.of(), problems);
        }
        return parse(file.toString(), text, problems);
    }

    public static PhraseList parse(String source, String content) {
        return parse(source, content.startsWith("\uFEFF") ? content.substring(1) : content, new ArrayList<>());
    }

    private static PhraseList parse(String source, String text, List<LoadProblem> problems) {
        TextNormalizer normalizer = TextNormalizer.standard();
        List<String> phrases = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String phrase = lines[i].strip();
            if (phrase.isEmpty() || phrase.startsWith("#")) {
                continue;
            }
            int column = RuleFiles.firstColumn(lines[i]);
            String normalized = normalizer.normalizeTerm(phrase);
            if (normalized.length() < NearMissMatcher.MIN_LENGTH) {
                problems.add(new LoadProblem(source, i + 1, column, "phrase-too-short",
                        "规范表述规范化后不足" + NearMissMatcher.MIN_LENGTH + "个字符，已忽略",
                        "canonical phrase shorter than " + NearMissMatcher.MIN_LENGTH + " characters; ignored"));
                continue;
            }
            Integer first = seen.putIfAbsent(normalized, i + 1);
            if (first != null) {
                problems.add(new LoadProblem(source, i + 1, column, "duplicate",
                        "重复的规范表述，首次定义于第" + first + "行，已忽略",
                        "duplicate canonical phrase, first defined on line " + first + "; ignored"));
                continue;
            }
            phrases.add(phrase);
        }
        return new PhraseList(phrases, problems);
    }
}
