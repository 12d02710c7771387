package io.sanshen.check.pii;

import io.sanshen.diag.HanChars;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A heuristic for Chinese personal names, biased to precision: a false name turns ordinary text into a finding,
 * which costs reviewers more than a missed one. A name is recognised only with evidence:
 * <ul>
 *   <li>after a label such as {@code 姓名：}, {@code 联系人}, {@code 申请人}, {@code 户主}: the next 2–4 CJK chars;</li>
 *   <li>a surname from {@code surnames.txt} plus one or two given-name chars standing alone between non-CJK
 *       characters (table cells, {@code 张三，男}, {@code 1. 李四 …});</li>
 *   <li>a surname plus one or two chars followed by a cue such as {@code 同志}, {@code 先生}, {@code 女士},
 *       {@code 患有}, {@code 身份证}.</li>
 * </ul>
 * Words in {@code name-stopwords.txt} (王国, 张贴, 周边 …), titles (王局长) and pseudonyms (张某) are never names.
 */
public final class PersonNames {
    /** A name found at {@code [start, end)}. */
    public record NameSpan(int start, int end) {}

    private static final List<String> LABELS = List.of("姓名", "联系人", "申请人", "被申请人", "负责人", "户主", "当事人",
            "患者", "经办人", "法定代表人", "监护人", "举报人", "投诉人", "收件人", "收款人", "持卡人", "户名", "村民", "居民",
            "借款人", "被执行人", "家属", "配偶", "学生", "职工");
    private static final List<String> CUES = List.of("同志", "先生", "女士", "患有", "确诊", "身份证", "手机", "电话",
            "住址", "家住", "现住", "户籍", "银行卡", "账号", "邮箱", "男", "女", "的");
    private static final List<String> TITLES = List.of("局长", "主任", "书记", "科长", "县长", "市长", "区长", "镇长",
            "村长", "部长", "处长", "院长", "校长", "经理", "老师", "师傅", "主席", "委员", "厅长", "省长", "队长", "站长",
            "所长", "同志", "先生", "女士", "总", "工", "老", "家", "氏");
    private static final String STOP_CHARS = "的了是在和与及或等为对把被从向于也都就将已年月日市省县区镇乡村路街号局委办厅处科室部"
            + "院所站们这那个不着过吗呢吧某＊*×";

    private final WordSet surnames;
    private final Set<String> stopwords;
    private final WordSet labels = new WordSet(LABELS);
    private final WordSet cues = new WordSet(CUES);
    private final WordSet titles = new WordSet(TITLES);
    private final boolean[] stopChars = new boolean[65536];

    private PersonNames(List<String> surnameList, Set<String> stopwords) {
        this.surnames = new WordSet(surnameList);
        this.stopwords = Set.copyOf(stopwords);
        STOP_CHARS.chars().forEach(c -> stopChars[c] = true);
    }

    /** The bundled surname and stop-word lists. */
    public static PersonNames standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PersonNames STANDARD = new PersonNames(load("surnames.txt"), new HashSet<>(load("name-stopwords.txt")));
    }

    /** All names in {@code text}. */
    public List<NameSpan> find(CharSequence text) {
        List<NameSpan> out = new ArrayList<>();
        scan(text, 0, text.length(), 0, text.length(), out, false);
        return out;
    }

    /** Whether a name overlaps {@code [from, to)}. */
    public boolean anyIn(CharSequence text, int from, int to) {
        int start = Math.max(0, from - 8);
        return scan(text, start, Math.min(text.length(), to), from, to, null, true);
    }

    private boolean scan(CharSequence t, int from, int to, int hitFrom, int hitTo, List<NameSpan> out, boolean stop) {
        int n = t.length();
        for (int p = from; p < to; p++) {
            char c = t.charAt(p);
            if (!HanChars.isHan(c)) {
                continue;
            }
            int end = -1;
            int start = p;
            int label = labels.matchAt(t, p, n);
            if (label > 0) {
                start = skipSeparators(t, p + label);
                end = nameAfterLabel(t, start, hasColon(t, p + label, start));
            }
            if (end < 0 && (p == 0 || !HanChars.isHan(t.charAt(p - 1)))) {
                start = p;
                end = nameWithSurname(t, p);
            }
            if (end > 0 && start < hitTo && end > hitFrom) {
                if (stop) {
                    return true;
                }
                out.add(new NameSpan(start, end));
                p = end - 1;
            }
        }
        return false;
    }

    /** After {@code 姓名：} any 2–4 chars will do (rare surnames, minority names); after a bare label a surname. */
    private int nameAfterLabel(CharSequence t, int q, boolean colon) {
        int run = cjkRun(t, q);
        if (colon && run >= 2 && run <= 4 && plausible(t, q, q + run, 0)) {
            return q + run;
        }
        return nameWithSurname(t, q);
    }

    private static boolean hasColon(CharSequence t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) == '：' || t.charAt(i) == ':') {
                return true;
            }
        }
        return false;
    }

    private int nameWithSurname(CharSequence t, int p) {
        int sl = surnames.matchAt(t, p, t.length());
        if (sl == 0) {
            return -1;
        }
        int run = cjkRun(t, p);
        int given = run - sl;
        if (given >= 1 && given <= 2) {
            return plausible(t, p, p + run, sl) ? p + run : -1;
        }
        return given > 2 ? nameWithCue(t, p) : -1;
    }

    private int nameWithCue(CharSequence t, int p) {
        int sl = surnames.matchAt(t, p, t.length());
        if (sl == 0) {
            return -1;
        }
        for (int g = 2; g >= 1; g--) {
            int end = p + sl + g;
            if (end < t.length() && cues.matchAt(t, end, t.length()) > 0 && plausible(t, p, end, sl)) {
                return end;
            }
        }
        return -1;
    }

    private boolean plausible(CharSequence t, int start, int end, int surnameLength) {
        for (int i = start + Math.max(surnameLength, 0); i < end; i++) {
            if (stopChars[t.charAt(i)]) {
                return false;
            }
        }
        if (titles.endsWithAny(t, start + 1, end)) {
            return false;
        }
        return !stopwords.contains(t.subSequence(start, end).toString());
    }

    private static int cjkRun(CharSequence t, int q) {
        int i = q;
        while (i < t.length() && HanChars.isHan(t.charAt(i))) {
            i++;
        }
        return i - q;
    }

    private static int skipSeparators(CharSequence t, int q) {
        int i = q;
        while (i < t.length() && (t.charAt(i) == '：' || t.charAt(i) == ':' || t.charAt(i) == ' '
                || t.charAt(i) == '\u3000' || t.charAt(i) == '为')) {
            i++;
        }
        return i;
    }

    private static List<String> load(String name) {
        try (InputStream in = PersonNames.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
