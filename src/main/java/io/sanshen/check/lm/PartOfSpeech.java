package io.sanshen.check.lm;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Parts of speech (词性) of dictionary words, from the natures HanLP's core dictionary gives each word with their
 * counts (PKU tags: v verb, vn verbal noun, a adjective, n noun, uj 的, uv 地 …). Word bigram counts cannot tell 地 from
 * 的 before a word that is both verb and noun, or two verbs of one meaning (收到/受到); the part of speech can say
 * which reading the grammar allows.
 */
final class PartOfSpeech {
    private PartOfSpeech() {
    }

    /** Whether the word can be a verb or an adjective (some nature v…, a…), so that adverbial 地 may precede it. */
    static boolean canBeVerbOrAdjective(int wordId) {
        CoreDictionary.Attribute a = attribute(wordId);
        if (a == null) {
            return false;
        }
        for (Object nature : a.nature) {
            if (isVerbOrAdjective(nature.toString())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is mostly a verb or an adjective (its most frequent nature; a verbal noun vn is not). */
    static boolean mainlyVerbOrAdjective(int wordId) {
        String main = mainNature(wordId);
        return main != null && isVerbOrAdjective(main);
    }

    /** Whether two words are mostly the same part of speech (first letter of their most frequent natures). */
    static boolean sameMainKind(int a, int b) {
        String x = mainNature(a);
        String y = mainNature(b);
        return x != null && y != null && x.charAt(0) == y.charAt(0);
    }

    /** Whether the word is mostly a numeral (m: 一, 二, 十) or an ordinal prefix (第), which stand alone. */
    static boolean isNumeral(int wordId) {
        String main = mainNature(wordId);
        return main != null && (main.equals("m") || main.equals("mq"));
    }

    /**
     * Whether the word is mostly a function word or a free modifier — conjunction (及), preposition, adverb, pronoun,
     * particle, adjective (早建成) — which stands alone by nature.
     */
    static boolean isFunctionWord(int wordId) {
        String main = mainNature(wordId);
        return main != null && "cpdruaeyo".indexOf(main.charAt(0)) >= 0;
    }

    private static boolean isVerbOrAdjective(String nature) {
        return nature.startsWith("v") && !nature.equals("vn") || nature.startsWith("a");
    }

    private static String mainNature(int wordId) {
        CoreDictionary.Attribute a = attribute(wordId);
        if (a == null || a.nature.length == 0) {
            return null;
        }
        int best = 0;
        for (int i = 1; i < a.frequency.length; i++) {
            if (a.frequency[i] > a.frequency[best]) {
                best = i;
            }
        }
        return a.nature[best].toString();
    }

    private static CoreDictionary.Attribute attribute(int wordId) {
        return wordId < 0 ? null : CoreDictionary.get(wordId);
    }
}
