package io.sanshen.check.rules;

import io.sanshen.check.text.LoadProblem;
import io.sanshen.check.text.NearMissMatcher;
import io.sanshen.check.text.PhraseList;
import io.sanshen.check.text.PhraseListLoader;
import io.sanshen.check.text.TextRules;
import io.sanshen.check.text.WordEntry;
import io.sanshen.check.text.WordListLoader;
import io.sanshen.check.text.WordLists;
import io.sanshen.check.text.WordMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the word lists of a run come from: the site's {@code checks.word-lists} folder when it exists, else the
 * lists shipped on the class path under {@value #SHIPPED} (a site without lists still gets the curated defaults).
 */
final class WordListSource {
    static final String SHIPPED = "io/sanshen/check/rules/";
    static final List<String> SHIPPED_LISTS = List.of("allow", "typos", "nonstandard", "banned", "sensitive");

    private WordListSource() {
    }

    /** The lists for a site; problems carry repository paths ({@code rules/typos.txt}). */
    static TextRules load(Path siteRoot, String folder, ClassLoader shipped) {
        Path dir = siteRoot.resolve(folder).normalize();
        try {
            if (Files.isDirectory(dir)) {
                TextRules rules = TextRules.load(dir);
                return new TextRules(rules.words(), rules.nearMisses(), relativize(siteRoot, rules.problems()));
            }
            return shipped(shipped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word lists in " + dir, e);
        }
    }

    private static TextRules shipped(ClassLoader loader) throws IOException {
        List<WordEntry> entries = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (String list : SHIPPED_LISTS) {
            String text = resource(loader, list + ".txt");
            if (text != null) {
                WordLists lists = WordListLoader.parse(list, SHIPPED + list + ".txt", text);
                entries.addAll(lists.entries());
                problems.addAll(lists.problems());
            }
        }
        String phrases = resource(loader, WordListLoader.CANONICAL_PHRASES_FILE);
        List<String> canonical = List.of();
        if (phrases != null) {
            PhraseList p = PhraseListLoader.parse(SHIPPED + WordListLoader.CANONICAL_PHRASES_FILE, phrases);
            canonical = p.phrases();
            problems.addAll(p.problems());
        }
        return new TextRules(WordMatcher.of(entries), NearMissMatcher.of(canonical), problems);
    }

    private static String resource(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(SHIPPED + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<LoadProblem> relativize(Path siteRoot, List<LoadProblem> problems) {
        Path root = siteRoot.toAbsolutePath().normalize();
        return problems.stream().map(p -> {
            Path source = Path.of(p.source()).toAbsolutePath().normalize();
            String rel = source.startsWith(root) ? root.relativize(source).toString().replace('\\', '/') : p.source();
            return new LoadProblem(rel, p.line(), p.column(), p.key(), p.messageZh(), p.messageEn());
        }).toList();
    }
}
