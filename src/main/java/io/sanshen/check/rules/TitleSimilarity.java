package io.sanshen.check.rules;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether a document name written in link text (the part inside 《》) names a page title: one contains the other
 * (关于印发《X》的通知 contains X), or their character bigrams overlap enough (Dice ≥ 0.6) to be the same title
 * with small wording differences.
 */
final class TitleSimilarity {
    private TitleSimilarity() {
    }

    static boolean matches(String named, String title) {
        String a = clean(named);
        String b = clean(title);
        if (a.isEmpty() || b.isEmpty() || a.contains(b) || b.contains(a)) {
            return true;
        }
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size()) >= 0.6;
    }

    private static String clean(String s) {
        return s.replaceAll("[\\s《》“”\"（）()〔〕\\[\\]、，。：:]", "");
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        if (out.isEmpty()) {
            out.add(s);
        }
        return out;
    }
}
