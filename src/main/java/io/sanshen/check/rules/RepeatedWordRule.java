package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.HanChars;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words typed twice in the body: a character three times in a row (件件件有人管), a doubled function word (的的, 了了, 是是, 在在, 和和, 与与, 及及), a doubled word of
 * two to six characters (会议会议, 高质量发展高质量发展), a meeting named twice (调度会会议). Chinese doubles many
 * words on purpose, so only these shapes count, and each is let go when a copy belongs to a neighbouring word
 * (目的的, 为了了解, 但是是否, 现在在, 总和和, 参与与否, 涉及及时), a two-character word ends one compound and
 * starts the next (防火工作工作计划), in AABB/ABAB reduplication (是是非非, 实实在在, 研究研究, 一个一个) or when all
 * characters are one (谢谢谢谢). Warnings.
 */
public final class RepeatedWordRule implements Rule {
    public static final String ID = "text.repeated-word";
    private static final String FUNCTION_WORDS = "的了是在和与及";
    private static final int LONGEST_WORD = 6;
    /** Sounds written three times on purpose (哈哈哈); any other character three times in a row is a slip. */
    private static final String SOUNDS = "哈呵嘻嘿啦哒咚嗡呜啊哦噢嘀嗒滴答砰轰隆";
    /** A meeting type, then 会 and 会议: the meeting is named twice. */
    private static final Pattern MEETING = Pattern.compile("会(?<=(?:调度|推进|座谈|现场|动员|部署|视频|电话|见面|汇报|办公|常务)会)(?=会议)");
    /** Characters before a doubled function word that make a word ending in it (目的 + 的). */
    private static final Map<Character, String> WORD_BEFORE = Map.of('的', "目标有端", '了', "不",
            '是', "但就还凡于总要可只正倒便即若或真像算乃也硬老", '在', "现存正所实自内潜旨意志不好外健",
            '和', "总缓温调饱平柔随暖谦祥共附应讲议融中", '与', "参给赋授干相", '及', "涉普危波顾提以来企埃触惠殃遍累论达");
    /** Characters after it that make a word starting with it (了 + 了解). */
    private static final Map<Character, String> WORD_AFTER = Map.of('了', "解结却然如之", '是', "否非",
            '和', "谐平睦解", '与', "否会", '及', "时格早第");
    /** Verbs that are reduplicated on purpose (研究研究: have a look at it). */
    private static final Set<String> REDUPLICATED_VERBS = Set.of("研究", "讨论", "学习", "休息", "考虑", "商量", "了解",
            "交流", "沟通", "锻炼", "活动", "检查", "介绍", "比较", "练习", "认识", "思考", "体验", "尝试", "准备", "整理",
            "关心", "帮助", "分析", "总结", "调查", "说明", "解释", "放松");
    private final RunResources resources;

    public RepeatedWordRule(CheckContext ctx) {
        this.resources = RunResources.of(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("正文中多打了一遍的字词：重复的虚词（的的、了了）、重复的词语（会议会议）、重复的会议名称（调度会会议）。",
                "Words typed twice in the body: a doubled function word (的的, 了了), a doubled word (会议会议), a meeting"
                        + " named twice (调度会会议).");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        ItemTexts.Source body = ItemTexts.body(doc, resources);
        String text = body.text();
        // one pass, no regex: this runs at every character of every body
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (!isHan(c)) {
                continue;
            }
            if (runOf(text, i) == 3 && SOUNDS.indexOf(c) < 0) {
                report(body, i, i + 3, String.valueOf(c), out); // 件件件有人管: one 件 too many (谢谢谢谢 is two words)
                i += 2;
                continue;
            }
            if (text.charAt(i + 1) == c && FUNCTION_WORDS.indexOf(c) >= 0 && !partOfWord(text, i, c) && !reduplicated(text, i, 1)) {
                report(body, i, i + 2, String.valueOf(c), out);
            }
            int length = doubledWord(text, i);
            if (length > 0) {
                String unit = text.substring(i, i + length);
                boolean onPurpose = unit.chars().distinct().count() == 1 || unit.charAt(0) == '一'
                        || REDUPLICATED_VERBS.contains(unit) || length == 2 && sharedByTwoWords(text, i, i + 2 * length);
                if (!onPurpose) {
                    report(body, i, i + 2 * length, unit, out);
                }
                i += 2 * length - 1;
            }
        }
        for (Matcher m = MEETING.matcher(text); m.find(); ) {
            report(body, m.start(), m.end() + 1, "会", out);
        }
    }

    /** How many times the character at {@code i} stands in a row from there. */
    private static int runOf(String text, int i) {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == text.charAt(i)) {
            j++;
        }
        return j - i;
    }

    /**
     * The length of the longest run of two to six Chinese characters at {@code i} written twice in a row, else 0.
     */
    private static int doubledWord(String text, int i) {
        for (int length = Math.min(LONGEST_WORD, (text.length() - i) / 2); length >= 2; length--) {
            if (text.charAt(i) == text.charAt(i + length) && text.regionMatches(i, text, i + length, length)
                    && allHan(text, i, i + length)) {
                return length;
            }
        }
        return 0;
    }

    private static boolean allHan(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isHan(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * 防火工作工作计划, 常务会议会议纪要: a two-character word that ends one compound and starts the next, told by
     * characters on both sides; a doubled word standing alone (，会议会议要求 / 发展发展。) has a boundary on one side.
     */
    private static boolean sharedByTwoWords(String text, int start, int end) {
        return start > 0 && isHan(text.charAt(start - 1)) && end < text.length() && isHan(text.charAt(end));
    }

    private static boolean isHan(char c) {
        return HanChars.isHan(c);
    }

    private static boolean partOfWord(String text, int at, char c) {
        boolean before = at > 0 && WORD_BEFORE.getOrDefault(c, "").indexOf(text.charAt(at - 1)) >= 0;
        boolean after = at + 2 < text.length() && WORD_AFTER.getOrDefault(c, "").indexOf(text.charAt(at + 2)) >= 0;
        return before || after;
    }

    /** AABB: the pair at {@code at} is followed or preceded by another pair (是是非非, 实实在在). */
    private static boolean reduplicated(String text, int at, int unit) {
        int after = at + 2 * unit;
        boolean pairAfter = after + 1 < text.length() && text.charAt(after) == text.charAt(after + 1) && isHan(text.charAt(after));
        boolean pairBefore = at >= 2 && text.charAt(at - 2) == text.charAt(at - 1) && isHan(text.charAt(at - 1));
        return pairAfter || pairBefore;
    }

    private static void report(ItemTexts.Source body, int start, int end, String word, Consumer<Finding> out) {
        out.accept(body.finding(ID, Severity.WARNING, start, end,
                Text.of("“" + word + "”重复。", "'" + word + "' is repeated."),
                Text.of("删去多余的“" + word + "”。", "Remove the extra '" + word + "'.")));
    }
}
