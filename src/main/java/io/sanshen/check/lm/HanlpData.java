package io.sanshen.check.lm;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IIOAdapter;
import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * HanLP portable's core dictionary (word frequencies) and word bigram table, read from the HanLP jar only.
 *
 * <p>HanLP reads {@code hanlp.properties} from the classpath and the {@code HANLP_ROOT} variable, which can move its
 * data to a folder, and when a {@code .bin} cache is missing or stale it rebuilds it and writes it next to the data
 * (and its bigram table calls {@code System.exit} when it cannot load). Before any dictionary class loads, this
 * points every path used here back at the jar's own compiled tables and installs an adapter that opens classpath
 * resources only and refuses to write: nothing lands in the user's repository or home, and a read-only jar works.
 */
final class HanlpData {
    private static final String CORE = "data/dictionary/CoreNatureDictionary.mini.txt";
    private static final String BIGRAM = "data/dictionary/CoreNatureDictionary.ngram.mini.txt";
    private static final String PINYIN = "data/dictionary/pinyin/pinyin.txt";

    private HanlpData() {
    }

    /** Loads the dictionaries on first call (about half a second); later calls return at once. */
    static void load() {
        Holder.touch();
    }

    /** The word id of {@code text[start, end)}, or -1 when it is not a dictionary word. */
    static int wordId(char[] text, int start, int end) {
        Holder.touch(); // the paths above are set before HanLP's dictionaries load, whoever asks first
        // HanLP's third argument is the end index, despite its name
        return CoreDictionary.trie.exactMatchSearch(text, start, end, 0);
    }

    /** HanLP's token for a number (未##数), whose bigrams say which words come before numbers. */
    static int numberToken() {
        Holder.touch();
        return CoreDictionary.M_WORD_ID;
    }

    /** How often the word occurred in HanLP's corpus; 0 for -1 (no word). */
    static int frequency(int wordId) {
        Holder.touch();
        if (wordId < 0) {
            return 0;
        }
        CoreDictionary.Attribute a = CoreDictionary.get(wordId);
        return a == null ? 0 : a.totalFrequency;
    }

    /** How often {@code b} followed {@code a} in HanLP's corpus; 0 for unknown words. */
    static int biFrequency(int a, int b) {
        Holder.touch();
        return a < 0 || b < 0 ? 0 : CoreBiGramTableDictionary.getBiFrequency(a, b);
    }

    private static final class Holder {
        static {
            HanLP.Config.IOAdapter = new ClasspathOnly();
            HanLP.Config.CoreDictionaryPath = CORE;
            HanLP.Config.BiGramDictionaryPath = BIGRAM;
            HanLP.Config.PinyinDictionaryPath = PINYIN;
            if (CoreDictionary.trie.size() == 0 || CoreBiGramTableDictionary.getWordID("的") < 0) {
                throw new IllegalStateException("HanLP dictionaries did not load from the classpath");
            }
        }

        static void touch() {
        }
    }

    /** Opens HanLP's data from the classpath (its own jar); never writes. */
    private static final class ClasspathOnly implements IIOAdapter {
        @Override
        public InputStream open(String path) throws IOException {
            InputStream in = HanLP.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new FileNotFoundException(path);
            }
            return in;
        }

        @Override
        public OutputStream create(String path) throws IOException {
            throw new IOException("Sanshen keeps HanLP read-only: not writing " + path);
        }
    }
}
