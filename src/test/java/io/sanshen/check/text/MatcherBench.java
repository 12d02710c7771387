package io.sanshen.check.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Throughput benchmark for {@link WordMatcher} (a program, not a test): 50,000 generated dictionary entries,
 * about 50 MB (UTF-8) of generated Chinese text in 60 KB documents, scanned single-threaded. Throughput counts
 * the UTF-8 size of the text, 1 MB = 10^6 bytes. Run after {@code mvn -o test-compile} with
 * {@code java -cp target/classes:target/test-classes io.sanshen.check.text.MatcherBench [entries] [megabytes]}.
 */
public final class MatcherBench {

    private static final String[] LISTS = {"typos", "banned", "sensitive", "nonstandard"};

    private MatcherBench() {
    }

    public static void main(String[] args) {
        int entryCount = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Random random = new Random(20240522L);
        char[] alphabet = alphabet(random, 3500);
        List<WordEntry> entries = entries(random, alphabet, entryCount);

        long t0 = System.nanoTime();
        WordMatcher matcher = WordMatcher.of(entries);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;

        List<String> documents = new ArrayList<>();
        long bytes = 0;
        while (bytes < megabytes * 1_000_000L) {
            String doc = document(random, alphabet, entries, 20_000);
            documents.add(doc);
            bytes += doc.getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.printf("entries=%d build=%d ms documents=%d text=%.1f MB (UTF-8), %d chars%n", entries.size(),
                buildMs, documents.size(), bytes / 1e6, documents.stream().mapToLong(String::length).sum());

        for (int i = 0; i < 3; i++) {
            scan(matcher, documents.subList(0, Math.min(40, documents.size())));
        }
        double[] rates = new double[5];
        long hits = 0;
        for (int run = 0; run < rates.length; run++) {
            long start = System.nanoTime();
            hits = scan(matcher, documents);
            double seconds = (System.nanoTime() - start) / 1e9;
            rates[run] = bytes / 1e6 / seconds;
            System.out.printf("run %d: %.2f s, %.1f MB/s, %d hits%n", run + 1, seconds, rates[run], hits);
        }
        Arrays.sort(rates);
        System.out.printf("median %.1f MB/s per core (best %.1f), %d hits per pass%n", rates[rates.length / 2],
                rates[rates.length - 1], hits);
    }

    private static long scan(WordMatcher matcher, List<String> documents) {
        long hits = 0;
        for (String doc : documents) {
            hits += matcher.find(doc).size();
        }
        return hits;
    }

    private static char[] alphabet(Random random, int size) {
        Set<Character> chars = new HashSet<>();
        while (chars.size() < size) {
            chars.add((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
        }
        char[] result = new char[size];
        int i = 0;
        for (char c : chars) {
            result[i++] = c;
        }
        Arrays.sort(result);
        return result;
    }

    private static List<WordEntry> entries(Random random, char[] alphabet, int count) {
        Set<String> terms = new HashSet<>();
        List<WordEntry> entries = new ArrayList<>(count);
        while (entries.size() < count) {
            int roll = random.nextInt(100);
            int length = roll < 20 ? 2 : roll < 45 ? 3 : roll < 85 ? 4 : 5 + random.nextInt(2);
            StringBuilder term = new StringBuilder();
            for (int i = 0; i < length; i++) {
                term.append(alphabet[random.nextInt(alphabet.length)]);
            }
            if (terms.add(term.toString())) {
                String list = LISTS[entries.size() % LISTS.length];
                entries.add(new WordEntry(term.toString(), list.equals("typos") ? "替换" : null, list, "bench",
                        entries.size() + 1));
            }
        }
        return entries;
    }

    /** Random text with clause punctuation, a few spaces, and a dictionary term planted every ~500 chars. */
    private static String document(Random random, char[] alphabet, List<WordEntry> entries, int length) {
        StringBuilder doc = new StringBuilder(length + 64);
        while (doc.length() < length) {
            int roll = random.nextInt(1000);
            if (roll < 60) {
                doc.append('，');
            } else if (roll < 85) {
                doc.append('。');
            } else if (roll < 87) {
                doc.append(' ');
            } else if (roll < 89) {
                doc.append(entries.get(random.nextInt(entries.size())).term());
            } else {
                doc.append(alphabet[random.nextInt(alphabet.length)]);
            }
        }
        return doc.toString();
    }
}
