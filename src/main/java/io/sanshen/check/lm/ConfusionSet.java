package io.sanshen.check.lm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Which characters may have been typed for which (在/再, 受/收, 持/恃, 的/地/得 …), read from the bundled
 * {@code confusables.txt}: groups of characters with the same pinyin or a similar shape. Immutable.
 */
final class ConfusionSet {
    /** One group as written: its kind (音, 形, 助) and its characters. */
    record Group(String kind, String chars) {}

    private final String[] alternatives = new String[65536];
    private final List<Group> groups;

    private ConfusionSet(List<Group> groups) {
        this.groups = List.copyOf(groups);
        for (Group g : groups) {
            for (char c : g.chars().toCharArray()) {
                String others = g.chars().replace(String.valueOf(c), "");
                alternatives[c] = alternatives[c] == null ? others : alternatives[c] + others;
            }
        }
    }

    static ConfusionSet standard() {
        return Holder.STANDARD;
    }

    /** The characters {@code c} may have been typed for, or null when it is in no group. */
    String alternativesOf(char c) {
        return alternatives[c];
    }

    /** The structural particles 的/地/得: single-character words, judged by their bigrams with the neighbours. */
    static boolean isParticle(char c) {
        return c == '的' || c == '地' || c == '得';
    }

    List<Group> groups() {
        return groups;
    }

    /** Every character that is an alternative of some other. */
    String allCharacters() {
        StringBuilder b = new StringBuilder();
        groups.forEach(g -> g.chars().chars().filter(c -> b.indexOf(String.valueOf((char) c)) < 0)
                .forEach(c -> b.append((char) c)));
        return b.toString();
    }

    private static final class Holder {
        static final ConfusionSet STANDARD = new ConfusionSet(load());
    }

    private static List<Group> load() {
        try (InputStream in = ConfusionSet.class.getResourceAsStream("confusables.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource confusables.txt");
            }
            List<Group> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    String[] parts = s.split("\\s+");
                    out.add(new Group(parts[0], parts[1]));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
