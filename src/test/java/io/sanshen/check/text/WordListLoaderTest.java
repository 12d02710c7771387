package io.sanshen.check.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordListLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEntriesWithAndWithoutReplacementSkippingCommentsAndBlankLines() {
        WordLists lists = WordListLoader.parse("typos", "typos.txt", """
                # 常见错别字
                再接再励 => 再接再厉

                  迫不急待=>迫不及待
                中华民国
                """);
        assertThat(lists.problems()).isEmpty();
        assertThat(lists.entries()).containsExactly(
                new WordEntry("再接再励", "再接再厉", "typos", "typos.txt", 2),
                new WordEntry("迫不急待", "迫不及待", "typos", "typos.txt", 4),
                new WordEntry("中华民国", null, "typos", "typos.txt", 5));
    }

    @Test
    void reportsDuplicatesWithTheFirstDefinition() {
        WordLists lists = WordListLoader.parse("typos", "typos.txt", "再接再励 => 再接再厉\n 再接再勵 => 再接再厉\n");
        assertThat(lists.entries()).hasSize(1);
        assertThat(lists.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("duplicate");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.toString()).startsWith("typos.txt:2:2: 重复词条，首次定义于 typos.txt:1").contains("duplicate");
        });
    }

    @Test
    void rejectsEntriesThatNormalizeToFewerThanTwoChars() {
        WordLists lists = WordListLoader.parse("banned", "banned.txt", "国\n* *\n国 家\n");
        assertThat(lists.entries()).extracting(WordEntry::term).containsExactly("国 家");
        assertThat(lists.problems()).extracting(LoadProblem::key, LoadProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("too-short", 1),
                        org.assertj.core.groups.Tuple.tuple("too-short", 2));
    }

    @Test
    void rejectsAFixThatNormalizesToTheWrongForm() {
        WordLists lists = WordListLoader.parse("typos", "typos.txt", "再接再勵 => 再接再励\n");
        assertThat(lists.entries()).isEmpty();
        assertThat(lists.problems()).extracting(LoadProblem::key).containsExactly("same-as-fix");
    }

    @Test
    void reportsAMissingFixAtTheArrowColumn() {
        WordLists lists = WordListLoader.parse("typos", "typos.txt", "再接再励 =>\n");
        assertThat(lists.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("missing-fix");
            assertThat(p.column()).isEqualTo(6);
            assertThat(p.messageEn()).contains("=>");
        });
    }

    @Test
    void marksBangEntriesAndAllowFileEntriesAsAllowlist() {
        assertThat(WordListLoader.parse("sensitive", "s.txt", "!天安门广场\n").entries())
                .extracting(WordEntry::listId).containsExactly(WordEntry.ALLOW);
        assertThat(WordListLoader.parse("allow", "allow.txt", "五星红旗\n").entries())
                .extracting(WordEntry::listId).containsExactly(WordEntry.ALLOW);
    }

    @Test
    void loadsEveryTxtFileOfADirectoryExceptCanonicalPhrases() throws IOException {
        Files.writeString(dir.resolve("typos.txt"), "\uFEFF再接再励 => 再接再厉\n");
        Files.writeString(dir.resolve("banned.txt"), "# 禁用语\n第一品牌\n");
        Files.writeString(dir.resolve("canonical-phrases.txt"), "中华人民共和国国务院\n");
        Files.writeString(dir.resolve("notes.md"), "再接再励\n");
        WordLists lists = WordListLoader.load(dir);
        assertThat(lists.problems()).isEmpty();
        assertThat(lists.entries()).extracting(WordEntry::listId, WordEntry::term, WordEntry::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("banned", "第一品牌", 2),
                        org.assertj.core.groups.Tuple.tuple("typos", "再接再励", 1));
        assertThat(lists.entries().get(1).source()).isEqualTo(dir.resolve("typos.txt").toString());
    }

    @Test
    void reportsAFileThatIsNotUtf8WithItsPath() throws IOException {
        Path gbk = dir.resolve("sensitive.txt");
        Files.write(gbk, "再接再励\n".getBytes("GBK"));
        Files.writeString(dir.resolve("typos.txt"), "再接再励 => 再接再厉\n", StandardCharsets.UTF_8);
        WordLists lists = WordListLoader.load(dir);
        assertThat(lists.entries()).extracting(WordEntry::listId).containsExactly("typos");
        assertThat(lists.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("encoding");
            assertThat(p.source()).isEqualTo(gbk.toString());
            assertThat(p.messageZh()).contains("UTF-8");
        });
    }

    @Test
    void readsCanonicalPhrasesRejectingShortAndDuplicatePhrases() {
        PhraseList list = PhraseListLoader.parse("canonical-phrases.txt", """
                # 规范表述
                中华人民共和国国务院
                国务院
                中華人民共和國國務院
                """);
        assertThat(list.phrases()).containsExactly("中华人民共和国国务院");
        assertThat(list.problems()).extracting(LoadProblem::key, LoadProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("phrase-too-short", 3),
                        org.assertj.core.groups.Tuple.tuple("duplicate", 4));
    }
}
