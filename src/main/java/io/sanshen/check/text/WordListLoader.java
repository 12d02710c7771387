package io.sanshen.check.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads word lists: every {@code *.txt} file of a directory (not recursive, in name order) except
 * {@value #CANONICAL_PHRASES_FILE}. The file name without {@code .txt} is the list id. One entry per line:
 * {@code 错误写法 => 正确写法}, or just {@code 词语} when there is no fix; lines starting with {@code #} are
 * comments, blank lines are ignored, and {@code !词语} (or any line of {@code allow.txt}) is an allowlist entry.
 * Entries that would match nothing useful are rejected with a {@link LoadProblem} instead of being kept.
 */
public final class WordListLoader {

    /** The file in a rules directory that holds canonical phrases, not words; see {@link PhraseListLoader}. */
    public static final String CANONICAL_PHRASES_FILE = "canonical-phrases.txt";

    private static final String ARROW = "=>";

    private final TextNormalizer normalizer = TextNormalizer.standard();
    private final List<WordEntry> entries = new ArrayList<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    private final Map<String, String> firstDefinition = new HashMap<>();

    private WordListLoader() {
    }

    /** Loads all word lists of {@code directory}. */
    public static WordLists load(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> !p.getFileName().toString().equals(CANONICAL_PHRASES_FILE))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        WordListLoader loader = new WordListLoader();
        for (Path file : files) {
            String text = RuleFiles.read(file, loader.problems);
            if (text != null) {
                loader.parseText(listIdOf(file), file.toString(), text);
            }
        }
        return new WordLists(loader.entries, loader.problems);
    }

    /** Parses one list given as text; {@code source} names it in entries and problems. */
    public static WordLists parse(String listId, String source, String content) {
        WordListLoader loader = new WordListLoader();
        loader.parseText(listId, source, content.startsWith("\uFEFF") ? content.substring(1) : content);
        return new WordLists(loader.entries, loader.problems);
    }

    private static String listIdOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length());
    }

    private void parseText(String listId, String source, String text) {
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            parseLine(listId, source, i + 1, lines[i]);
        }
    }

    private void parseLine(String listId, String source, int lineNo, String line) {
        String body = line.strip();
        if (body.isEmpty() || body.startsWith("#")) {
            return;
        }
        int column = RuleFiles.firstColumn(line);
        String entryList = WordEntry.ALLOW.equals(listId) ? WordEntry.ALLOW : listId;
        if (body.startsWith("!")) {
            entryList = WordEntry.ALLOW;
            body = body.substring(1).strip();
            column++;
        }
        String term = body;
        String replacement = null;
        int arrow = body.indexOf(ARROW);
        if (arrow >= 0) {
            term = body.substring(0, arrow).strip();
            replacement = body.substring(arrow + ARROW.length()).strip();
            if (replacement.isEmpty()) {
                problem(source, lineNo, line.indexOf(ARROW) + 1, "missing-fix",
                        "“=>”右侧缺少正确写法，已忽略", "nothing after '=>'; entry ignored");
                return;
            }
        }
        String normalized = normalizer.normalizeTerm(term);
        if (normalized.length() < 2) {
            problem(source, lineNo, column, "too-short",
                    "词条规范化后不足2个字符，已忽略", "entry has fewer than 2 characters after normalization; ignored");
            return;
        }
        if (replacement != null && normalizer.normalizeTerm(replacement).equals(normalized)) {
            problem(source, lineNo, column, "same-as-fix",
                    "错误写法与正确写法规范化后相同，会误报正确文本，已忽略",
                    "wrong and correct forms are equal after normalization and would flag correct text; ignored");
            return;
        }
        String key = entryList + '\u0000' + normalized;
        String first = firstDefinition.putIfAbsent(key, source + ":" + lineNo);
        if (first != null) {
            problem(source, lineNo, column, "duplicate",
                    "重复词条，首次定义于 " + first + "，已忽略", "duplicate entry, first defined at " + first + "; ignored");
            return;
        }
        entries.add(new WordEntry(term, WordEntry.ALLOW.equals(entryList) ? null : replacement, entryList, source,
                lineNo));
    }

    private void problem(String source, int line, int column, String key, String zh, String en) {
        problems.add(new LoadProblem(source, line, column, key, zh, en));
    }
}
