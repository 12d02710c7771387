package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.check.pii.PersonNames;
import io.sanshen.diag.Finding;
import io.sanshen.diag.HanChars;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A label in the body whose value is not what it names: a person's name after a phone label (联系电话：刘勇 — the name
 * slipped into the number's place), nothing after 电话：/邮箱：/日期：, an address without @ after 邮箱：. Free text
 * after a label (咨询电话：各乡镇民政办, 截止日期：另行通知) is the editor's choice and left alone, and so is a blank
 * form line where every label is empty (姓名：　　电话：). Warnings.
 */
public final class LabelValueRule implements Rule {
    public static final String ID = "text.label-value";
    private static final String VALUE_STOPS = "，,。；;\n|、）)";

    /** What a label asks for, by the words that end it. */
    private enum Kind {
        PHONE("电话号码", "a phone number", List.of("电话", "电话号码", "手机", "手机号", "手机号码", "传真", "联系方式")),
        EMAIL("电子邮箱地址", "an e-mail address", List.of("邮箱", "电子邮件", "邮件地址", "E-mail", "Email", "email", "e-mail")),
        DATE("日期", "a date", List.of("日期"));

        final String zh;
        final String en;
        final List<String> endings;

        Kind(String zh, String en, List<String> endings) {
            this.zh = zh;
            this.en = en;
            this.endings = endings;
        }
    }

    private record Field(Kind kind, int labelStart, int valueStart, int valueEnd) {
    }

    private final RunResources resources;
    private final PersonNames names = PersonNames.standard();

    public LabelValueRule(CheckContext ctx) {
        this.resources = RunResources.of(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("正文中标签与内容不符：电话标签后是人名（联系电话：刘勇），“电话：”“邮箱：”“日期：”后没有内容，邮箱不含@。",
                "A label whose value does not fit: a name after a phone label (联系电话：刘勇), nothing after 电话：/邮箱：/日期：,"
                        + " an e-mail address without @.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        ItemTexts.Source body = ItemTexts.body(doc, resources);
        String text = body.text();
        List<Field> fields = new ArrayList<>();
        boolean anyFilled = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (text.substring(lineStart, lineEnd).isBlank()) {
                report(body, text, fields, anyFilled, out); // a paragraph ends
                fields.clear();
                anyFilled = false;
            }
            for (int colon = lineStart; colon < lineEnd; colon++) {
                char c = text.charAt(colon);
                if (c == '：' || c == ':') {
                    Field field = field(text, lineStart, colon, lineEnd);
                    if (field != null) {
                        fields.add(field);
                    }
                    anyFilled |= !valueAt(text, colon + 1, lineEnd).isBlank() || proseAfter(text, colon, lineEnd);
                }
            }
            lineStart = lineEnd + 1;
        }
        report(body, text, fields, anyFilled, out);
    }

    /** The value ends at a sentence mark (成文日期：，印发。): the line is prose, not a form to fill in. */
    private static boolean proseAfter(String text, int colon, int lineEnd) {
        int end = colon + 1 + valueAt(text, colon + 1, lineEnd).length();
        return end < lineEnd && VALUE_STOPS.indexOf(text.charAt(end)) >= 0;
    }

    /** Reports the fields of one paragraph, unless all of them are empty (a blank form: 姓名：　　联系电话：). */
    private void report(ItemTexts.Source body, String text, List<Field> fields, boolean anyFilled,
            Consumer<Finding> out) {
        if (!anyFilled) {
            return;
        }
        for (Field f : fields) {
            String value = text.substring(f.valueStart(), f.valueEnd()).strip();
            if (value.isEmpty() && valueOnNextLine(text, f.valueEnd(), f.kind())) {
                continue; // 联系电话：⏎0512-86207531
            }
            Text problem = problem(f.kind(), value);
            if (problem != null) {
                String label = text.substring(f.labelStart(), f.valueStart()).strip();
                out.accept(body.finding(ID, Severity.WARNING, f.labelStart(), Math.max(f.valueEnd(), f.valueStart()),
                        Text.of("“" + label + "”" + problem.zh(), "'" + label + "' " + problem.en()),
                        Text.of("在“" + label + "”后填写" + f.kind().zh + "，或删去该项。",
                                "Give " + f.kind().en + " after '" + label + "', or remove the label.")));
            }
        }
    }

    /** The next non-blank line starts with a number, or holds an address for an e-mail label. */
    private static boolean valueOnNextLine(String text, int lineEnd, Kind kind) {
        int i = lineEnd;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        int end = text.indexOf('\n', i);
        String next = text.substring(i, end < 0 ? text.length() : end);
        return kind == Kind.EMAIL ? next.indexOf('@') >= 0 : "0123456789０１２３４５６７８９(（+二〇".indexOf(next.charAt(0)) >= 0;
    }

    /** The field whose label ends at {@code colon}, or null when the words before it are no label we know. */
    private static Field field(String text, int lineStart, int colon, int lineEnd) {
        for (Kind kind : Kind.values()) {
            for (String ending : kind.endings) {
                int start = colon - ending.length();
                if (start >= lineStart && text.startsWith(ending, start)) {
                    int valueStart = colon + 1;
                    int valueEnd = valueStart + valueAt(text, valueStart, lineEnd).length();
                    return new Field(kind, labelStart(text, lineStart, start), valueStart, valueEnd);
                }
            }
        }
        return null;
    }

    /** The value after a colon: up to a separator or the next field's label and colon. */
    private static String valueAt(String text, int from, int lineEnd) {
        int end = from;
        while (end < lineEnd && VALUE_STOPS.indexOf(text.charAt(end)) < 0 && text.charAt(end) != '：'
                && text.charAt(end) != ':') {
            end++;
        }
        if (end < lineEnd && (text.charAt(end) == '：' || text.charAt(end) == ':')) {
            // 电话：邮箱：… — the words before the next colon are the next label, not this value
            int wordStart = end;
            while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            end = wordStart;
        }
        return text.substring(from, end);
    }

    /** The label's first char: back over the Chinese or Latin word that ends in the matched ending (联系电话). */
    private static int labelStart(String text, int lineStart, int endingStart) {
        int i = endingStart;
        while (i > lineStart && i > endingStart - 6 && HanChars.isHan(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private Text problem(Kind kind, String value) {
        if (value.isEmpty()) {
            return Text.of("后没有内容。", "is followed by nothing.");
        }
        if (isName(value)) {
            return Text.of("后是人名“" + value + "”，不是" + kind.zh + "。", "is followed by a name ('" + value + "'), not "
                    + kind.en + ".");
        }
        if (kind == Kind.EMAIL && value.indexOf('@') < 0 && value.indexOf('＠') < 0 && isAddressLike(value)) {
            return Text.of("后的“" + value + "”缺少@，不是电子邮箱地址。", "is followed by '" + value + "', which lacks @.");
        }
        return null;
    }

    /** 刘勇, 欧阳娜娜, 刘先生: the whole value is a person's name. */
    private boolean isName(String value) {
        if (value.length() == 3 && HanChars.isHan(value.charAt(0))
                && (value.endsWith("先生") || value.endsWith("女士") || value.endsWith("同志"))) {
            return true;
        }
        List<PersonNames.NameSpan> found = names.find(value);
        return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == value.length();
    }

    /** Latin letters, digits and . - _ only, with a dot: an address that lost its @ (zhangsan.126.com). */
    private static boolean isAddressLike(String value) {
        return value.indexOf('.') > 0 && value.chars().allMatch(ch -> ch < 128 && (Character.isLetterOrDigit(ch)
                || ch == '.' || ch == '-' || ch == '_'));
    }
}
