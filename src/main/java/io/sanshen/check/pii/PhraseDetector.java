package io.sanshen.check.pii;

import java.util.List;

/**
 * Finds home addresses after a label (住址, 家庭住址, 现住, 户籍地址 …) that name a dwelling (号, 室, 栋, 单元 …),
 * and health terms (患有, 确诊, 诊断为, 残疾等级, 精神障碍 …); both fire only near a personal name. A diagnosis in
 * the same sentence as a name is sensitive personal information about an identified person: a blocker. Programmes,
 * organisations and statistics (艾滋病防治, 残疾人联合会, 确诊病例3例, 传染病的预防) are not a person's health, and
 * pseudonyms (张某, 某患者) name nobody.
 */
final class PhraseDetector {
    private static final String ADDRESS_STOPS = "，,。；;\n\r|）)、\t";
    private static final List<String> DWELLING = List.of("号", "室", "栋", "幢", "单元", "弄", "组");
    /** How far a sentence is followed either way from a health term. */
    private static final int SENTENCE_LIMIT = 120;

    private final Evidence ev;
    private final WordSet addressLabels = new WordSet(List.of("住址", "家庭住址", "家庭地址", "现住址", "现住",
            "居住地址", "户籍地址", "户籍所在地", "现居住地", "家住"));
    private final WordSet healthTerms = new WordSet(List.of("患有", "确诊", "病情", "残疾", "精神疾病", "精神病",
            "艾滋病", "乙肝", "丙肝", "住院治疗", "病史", "癌症", "肿瘤", "白血病", "尿毒症", "抑郁症", "精神分裂",
            "肺结核", "传染病", "瘫痪", "智力障碍", "慢性病", "重大疾病", "透析", "化疗", "重病", "病故", "因病",
            "诊断为", "被诊断", "确诊为", "残疾等级", "精神残疾", "精神障碍", "结核病", "梅毒", "淋病", "阿尔茨海默病"));
    private final WordSet healthAfterExclusions = new WordSet(List.of("防治", "防控", "疫苗", "宣传", "预防", "工作",
            "知识", "日", "人联合会", "人联", "人事业", "人工作", "人就业", "人保障", "人权益", "人之家", "人托养", "人康复",
            "人服务", "人专项", "人辅助", "病例", "检测", "筛查", "患者", "病人", "人员", "人群", "人口", "人士", "等级评定",
            "疫情", "监测", "救助", "康复", "管理", "补贴", "评定工作", "鉴定工作"));
    private final WordSet healthBeforeExclusions = new WordSet(List.of("预防", "防治", "防控", "治疗", "宣传"));
    private final boolean[] starts = new boolean[65536];

    PhraseDetector(Evidence ev) {
        this.ev = ev;
        for (int c = 0; c < starts.length; c++) {
            starts[c] = addressLabels.startsAny((char) c) || healthTerms.startsAny((char) c);
        }
    }

    boolean startsAny(char c) {
        return starts[c];
    }

    /** Handles a possible label or term at {@code i}; returns where scanning continues. */
    int at(ScanState s, int i) {
        String t = s.text;
        int a = addressLabels.matchAt(t, i, t.length());
        if (a > 0) {
            return address(s, i, i + a);
        }
        int h = healthTerms.matchAt(t, i, t.length());
        return h > 0 ? health(s, i, i + h) : i + 1;
    }

    private int address(ScanState s, int labelStart, int labelEnd) {
        String t = s.text;
        int q = labelEnd;
        while (q < t.length() && (t.charAt(q) == '：' || t.charAt(q) == ':' || t.charAt(q) == ' ' || t.charAt(q) == '在')) {
            q++;
        }
        int end = q;
        while (end < t.length() && end - q < 80 && ADDRESS_STOPS.indexOf(t.charAt(end)) < 0) {
            end++;
        }
        while (end > q && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        if (end - q < 4 || !mentionsDwelling(t, q, end) || anonymised(t, q, end)) {
            return Math.max(end, labelEnd);
        }
        // A home-address label is strong evidence: any name earlier in the same sentence ties it to a person.
        int sentence = Evidence.lookBack(t, labelStart, 60);
        if (ev.nameNear(t, labelStart, end) || ev.names.anyIn(t, sentence, labelStart)) {
            s.add(q, end, PiiKind.HOME_ADDRESS, PiiLevel.WARNING, "pii.home_address");
        }
        return end;
    }

    private int health(ScanState s, int start, int termEnd) {
        String t = s.text;
        int end = termEnd;
        // 患有 + 尿毒症 is one statement: report it once, as one span.
        int gap = 0;
        int more = healthTerms.matchAt(t, end, t.length());
        while (more > 0 || (gap == 0 && end < t.length() && "为了有".indexOf(t.charAt(end)) >= 0
                && healthTerms.matchAt(t, end + 1, t.length()) > 0)) {
            gap = more > 0 ? 0 : 1;
            end += more > 0 ? more : 1;
            more = healthTerms.matchAt(t, end, t.length());
        }
        // 传染病防控, and 传染病的预防措施: a programme either way
        int after = end < t.length() && t.charAt(end) == '的' ? end + 1 : end;
        boolean programme = healthAfterExclusions.matchAt(t, end, t.length()) > 0
                || healthAfterExclusions.matchAt(t, after, t.length()) > 0
                || healthBeforeExclusions.endsWithAny(t, Math.max(0, start - 2), start);
        if (programme) {
            return end;
        }
        if (nameInSentence(t, start, end)) {
            s.add(start, end, PiiKind.HEALTH, PiiLevel.BLOCKER, "pii.health.named");
        } else if (ev.nameNearApartFrom(t, start, end)) {
            s.add(start, end, PiiKind.HEALTH, PiiLevel.WARNING, "pii.health");
        }
        return end;
    }

    /** A personal name in the sentence of {@code [start, end)}, apart from the term (查病情 is no name). */
    private boolean nameInSentence(String t, int start, int end) {
        return ev.nameApartFrom(t, Evidence.lookBack(t, start, SENTENCE_LIMIT),
                Evidence.lookAhead(t, end, SENTENCE_LIMIT), start, end);
    }

    private static boolean mentionsDwelling(String t, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            for (String d : DWELLING) {
                if (t.startsWith(d, i) && (Digits.isDigit(t.charAt(i - 1)) || isChineseNumeral(t.charAt(i - 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isChineseNumeral(char c) {
        return "一二三四五六七八九十百零〇两".indexOf(c) >= 0;
    }

    private boolean anonymised(String t, int from, int to) {
        String v = t.substring(from, to);
        return ev.containsMask(t, from, to) || v.contains("某") || v.contains("XX") || v.contains("xx")
                || v.contains("××");
    }
}
