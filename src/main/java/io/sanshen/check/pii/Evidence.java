package io.sanshen.check.pii;

import io.sanshen.diag.HanChars;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The context tests shared by all detectors: words before a value, personal names around it, masking next to it,
 * organisation names, and the level a hit gets. Built once per scanner; holds no per-scan state.
 */
final class Evidence {
    final PiiPolicy policy;
    final PersonNames names;
    final WordSet publicWords;
    final WordSet officeWords;
    final WordSet listWords;
    final WordSet creditWords = new WordSet(List.of("统一社会信用代码", "社会信用代码", "信用代码", "注册号", "组织机构代码",
            "机构代码", "纳税人识别号", "税号", "登记证号"));
    final WordSet corporateWords = new WordSet(List.of("对公账户", "对公账号", "对公", "单位账户", "单位账号", "基本户",
            "基本存款账户", "财政专户", "收款单位", "开户单位", "单位名称", "汇款单位"));
    final WordSet corporateWeakWords = new WordSet(List.of("开户行", "开户银行", "户名", "账户名称", "账户名", "收款人"));
    final WordSet bankWords = new WordSet(List.of("银行卡", "卡号", "账号", "帐号", "账户", "帐户", "存折", "社保卡",
            "工资卡", "开户行", "开户银行"));
    final WordSet numberWords = new WordSet(List.of("订单", "编号", "流水号", "文号", "索引号", "发票", "单号", "批次",
            "证书", "许可证", "登记号", "备案号", "案号", "交易号", "快递", "运单", "条码", "序列号"));
    final WordSet orgSuffixes = new WordSet(List.of("局", "厅", "委员会", "公司", "中心", "办公室", "政府", "学校", "医院",
            "管委会", "办事处", "委", "院", "所", "站", "队", "社", "协会", "集团", "财政", "基金会", "研究会"));
    /** What stands between the numbers of one list: separators, 或, spaces, area-code brackets, 转 (extension). */
    private static final String LIST_GLUE = "、，,/／或 \u3000-－()（）转";
    /** Context never reaches further than this; keeps the cost per candidate bounded on huge lines. */
    static final int LINE_LIMIT = 400;

    private final boolean[] maskChars = new boolean[65536];

    Evidence(PiiPolicy policy, PersonNames names) {
        this.policy = policy;
        this.names = names;
        this.publicWords = new WordSet(policy.publicContextWords());
        this.officeWords = new WordSet(policy.officeContactWords());
        this.listWords = new WordSet(policy.listContextWords());
        Set<Character> masks = new HashSet<>(List.of('*', '＊', '×', '●', '■', '※', policy.maskingStyle().maskChar()));
        masks.forEach(c -> maskChars[c] = true);
    }

    boolean isMask(char c) {
        return maskChars[c];
    }

    /** A mask character right before or after {@code [start, end)}: the value is a fragment of a masked one. */
    boolean touchesMask(String t, int start, int end) {
        return (start > 0 && isMask(t.charAt(start - 1))) || (end < t.length() && isMask(t.charAt(end)));
    }

    boolean containsMask(CharSequence t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isMask(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** One of {@code words} within the context window before {@code start}, not crossing a sentence end. */
    boolean before(WordSet words, String t, int start) {
        return words.anyWithin(t, lookBack(t, start, policy.contextWindow()), start);
    }

    /**
     * One of {@code words} before the value at {@code start} or before the list of numbers it ends: a label covers
     * every number of 咨询电话：0512-86207531、139…、138… / 139… 或 137…, however long the list.
     */
    boolean beforeList(WordSet words, String t, int start) {
        return before(words, t, start) || before(words, t, listStart(t, start));
    }

    /** Where the run of numbers and list separators ending at {@code start} begins. */
    private static int listStart(String t, int start) {
        int i = start;
        int limit = Math.max(0, start - LINE_LIMIT);
        while (i > limit && (Digits.isDigit(t.charAt(i - 1)) || LIST_GLUE.indexOf(t.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i;
    }

    /** A personal name in the same table row, or within the name window on the same line. */
    boolean nameNear(String t, int start, int end) {
        int ls = lineStart(t, start);
        int le = lineEnd(t, end);
        if (isTableRow(t, ls)) {
            return names.anyIn(t, ls, le);
        }
        return names.anyIn(t, Math.max(ls, start - policy.nameWindow()), Math.min(le, end + policy.nameWindow()));
    }

    /**
     * Like {@link #nameNear}, for a term that might itself read as a name (查病情): a name overlapping
     * {@code [start, end)} does not count.
     */
    boolean nameNearApartFrom(String t, int start, int end) {
        int ls = lineStart(t, start);
        int le = lineEnd(t, end);
        boolean row = isTableRow(t, ls);
        int from = row ? ls : Math.max(ls, start - policy.nameWindow());
        int to = row ? le : Math.min(le, end + policy.nameWindow());
        return nameApartFrom(t, from, to, start, end);
    }

    /** A name overlapping {@code [from, to)} but not {@code [start, end)}. */
    boolean nameApartFrom(String t, int from, int to, int start, int end) {
        int scanFrom = Math.max(0, from - 8); // a label just before the window still names the person in it
        return names.find(t.subSequence(scanFrom, to)).stream()
                .map(n -> new PersonNames.NameSpan(scanFrom + n.start(), scanFrom + n.end()))
                .anyMatch(n -> n.end() > from && (n.end() <= start || n.start() >= end));
    }

    /** A CJK run in {@code [from, to)} ending with an organisation suffix (…局, …公司, …中心). */
    boolean organizationIn(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            boolean runEnd = HanChars.isHan(t.charAt(k)) && (k + 1 == t.length() || !HanChars.isHan(t.charAt(k + 1)));
            if (runEnd && k - from >= 2 && orgSuffixes.endsWithAny(t, from, k + 1)) {
                return true;
            }
        }
        return false;
    }

    PiiLevel level(PiiKind kind, boolean list) {
        return switch (kind) {
            case ID_NUMBER, BANK_CARD -> PiiLevel.BLOCKER;
            case MOBILE -> list ? PiiLevel.BLOCKER : PiiLevel.WARNING;
            default -> PiiLevel.WARNING;
        };
    }

    static int lookBack(String t, int pos, int window) {
        int i = pos;
        int limit = Math.max(0, pos - window);
        while (i > limit && !endsSentence(t.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Where the sentence holding {@code pos} ends, looking ahead at most {@code window} chars. */
    static int lookAhead(String t, int pos, int window) {
        int limit = Math.min(t.length(), pos + window);
        int i = pos;
        while (i < limit && !endsSentence(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean endsSentence(char c) {
        return c == '\n' || c == '。' || c == '；' || c == ';' || c == '！' || c == '？';
    }

    /** Start of the line holding {@code pos}, looking back at most {@value #LINE_LIMIT} chars. */
    static int lineStart(String t, int pos) {
        int limit = Math.max(0, pos - LINE_LIMIT);
        for (int i = pos; i > limit; i--) {
            if (t.charAt(i - 1) == '\n') {
                return i;
            }
        }
        return limit;
    }

    /** End of the line holding {@code pos}, looking ahead at most {@value #LINE_LIMIT} chars. */
    static int lineEnd(String t, int pos) {
        int limit = Math.min(t.length(), pos + LINE_LIMIT);
        for (int i = pos; i < limit; i++) {
            if (t.charAt(i) == '\n') {
                return i;
            }
        }
        return limit;
    }

    static boolean isTableRow(String t, int lineStart) {
        if (lineStart > 0 && t.charAt(lineStart - 1) != '\n') {
            return false;
        }
        int i = lineStart;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i < t.length() && t.charAt(i) == '|';
    }
}
