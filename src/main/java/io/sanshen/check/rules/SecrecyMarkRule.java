package io.sanshen.check.rules;

import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.content.AttachmentRef;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 密级标志: 绝密, 机密 or 秘密 used as a marking — with the ★ of a 保密期限 anywhere, or standing alone (possibly in
 * brackets) as a whole line, or leading a title in brackets — in the title, headings, the first lines of the body
 * and attachment names. Words that merely contain those characters (保密工作, 机密性, 商业秘密保护) and prose about
 * classification (标识为“绝密”的信息) are not markings.
 */
public final class SecrecyMarkRule implements Rule {
    public static final String ID = "secrecy.mark";
    private static final String LEVEL = "(绝密|机密|秘密)";
    /** 秘密★1年, 机密★, 绝密★启用前: the star only appears in markings. */
    private static final Pattern STAR = Pattern.compile(LEVEL + "\\s*[★☆]");
    /** A line that is only a level, possibly bracketed: 秘密, 【机密】, （绝密）. */
    private static final Pattern WHOLE = Pattern.compile("^[【\\[（(〔]?\\s*" + LEVEL + "\\s*[】\\]）)〕]?$");
    /** A title or line led by a bracketed level: 【机密】关于…, [秘密] …. */
    private static final Pattern LEAD = Pattern.compile("^[【\\[（(〔]\\s*" + LEVEL + "\\s*[】\\]）)〕]");
    private static final int HEAD_LINES = 5;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("稿件含有密级标志（绝密、机密、秘密），涉密信息不得上网。",
                "The item carries a classification mark (绝密, 机密, 秘密); classified information must never go online.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        marking(doc.item().title()).ifPresent(level -> out.accept(doc.fieldFinding(ID, Severity.BLOCKER, "title",
                message("标题", "title", level), fix())));
        for (AttachmentRef a : doc.item().meta().attachments()) {
            marking(a.title()).or(() -> marking(stripExtension(a.file()))).ifPresent(level ->
                    out.accept(Finding.of(ID, Severity.BLOCKER, a.pos(), message("附件名称", "attachment name", level), fix())));
        }
        if (!mentionsLevel(doc.body())) {
            return;
        }
        Lines lines = Lines.of(doc.body());
        Set<Integer> head = new HashSet<>();
        Lines.head(doc.body(), HEAD_LINES).forEach(l -> head.add(l.start()));
        for (Lines.Line line : lines.all()) {
            if (!mentionsLevel(line.text())) {
                continue;
            }
            Matcher star = STAR.matcher(line.text());
            if (star.find()) {
                out.accept(doc.finding(ID, Severity.BLOCKER, line.start() + star.start(), line.start() + star.end(),
                        message("正文", "body", star.group(1)), fix()));
                continue;
            }
            boolean heading = line.text().stripLeading().startsWith("#");
            if (heading || head.contains(line.start())) {
                Optional<String> level = marking(line.bare());
                if (level.isPresent()) {
                    int at = line.text().indexOf(level.get());
                    out.accept(doc.finding(ID, Severity.BLOCKER, line.start() + at, line.start() + at + 2,
                            message(heading ? "标题行" : "正文开头", heading ? "heading" : "document head", level.get()), fix()));
                }
            }
        }
    }

    /** The level if {@code s} (a title, a name, a bare line) is marked. */
    static Optional<String> marking(String s) {
        if (!mentionsLevel(s)) {
            return Optional.empty();
        }
        String t = s.strip();
        for (Pattern p : new Pattern[] {STAR, WHOLE, LEAD}) {
            Matcher m = p.matcher(t);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** All three levels end in 密; a line without it needs no regex (most lines of most items). */
    private static boolean mentionsLevel(String s) {
        return s.indexOf('密') >= 0;
    }

    private static String stripExtension(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Text message(String whereZh, String whereEn, String level) {
        return Text.of(whereZh + "中有密级标志“" + level + "”：涉密信息严禁在政府网站发布。",
                "The " + whereEn + " carries the classification mark '" + level + "': classified information must never be published.");
    }

    private static Text fix() {
        return Text.of("撤下本稿件，交保密审查；确已解密的，删除密级标志并附解密依据后重新送审。",
                "Withdraw the item and hand it to the confidentiality review; if it has been declassified, remove the mark and submit it again with the declassification record.");
    }
}
