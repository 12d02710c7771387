package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.config.ChecksConfig;
import io.sanshen.content.FrontMatter;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * An item that reproduces a central or provincial document must be a reprint from an allowed source. The item
 * reproduces one when its own 文号 carries a superior 机关代字 (from {@code checks.superior-doc-codes}), when its
 * publisher or source is a superior body, when its title is such a body's document title, or when its document
 * head (a line that is only a 文号) has a superior code. Citing one in a sentence is not reproducing it.
 */
public final class SuperiorDocumentRule implements Rule {
    public static final String ID = "reprint.superior-document";
    private static final Pattern BODY = Pattern.compile(
            "中共中央|国务院|中共中央办公厅|国务院办公厅|中共中央\\s*国务院|中共中央办公厅\\s*国务院办公厅|全国人民代表大会(常务委员会)?"
                    + "|\\p{IsHan}{2,3}省人民政府(办公厅)?|中共\\p{IsHan}{2,3}省委(办公厅)?");
    private static final Pattern TITLE = Pattern.compile("^(" + BODY.pattern() + ")(\\s*" + BODY.pattern() + ")?关于.+");
    private final List<String> codes;
    private final List<String> allowedHosts;

    public SuperiorDocumentRule(CheckContext ctx) {
        this(ctx.checks());
    }

    SuperiorDocumentRule(ChecksConfig checks) {
        this.codes = checks.superiorDocCodes();
        this.allowedHosts = checks.reprintSources();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("转发中央或省级文件须以转载方式注明允许的来源网站。",
                "Central or provincial documents may only appear as reprints from an allowed source site.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        FrontMatter m = doc.item().meta();
        if (allowedReprint(m)) {
            return;
        }
        Optional<String> code = DocNumber.parse(m.docNo()).map(DocNumber::code).filter(codes::contains)
                .or(() -> codes.stream().filter(c -> m.docNo().startsWith(c + "令")).findFirst());
        if (code.isPresent()) {
            out.accept(doc.fieldFinding(ID, Severity.BLOCKER, "doc-no", message("文号“" + m.docNo() + "”",
                    "document number '" + m.docNo() + "'"), fix()));
            return;
        }
        for (String field : new String[] {"publisher", "source"}) {
            String value = field.equals("publisher") ? m.publisher() : m.source();
            if (BODY.matcher(value.strip()).matches()) {
                out.accept(doc.fieldFinding(ID, Severity.BLOCKER, field, message((field.equals("publisher") ? "发布机构" : "信息来源")
                        + "“" + value + "”", field + " '" + value + "'"), fix()));
                return;
            }
        }
        if (TITLE.matcher(m.title().strip()).matches()) {
            out.accept(doc.fieldFinding(ID, Severity.BLOCKER, "title", message("标题", "title"), fix()));
            return;
        }
        for (Lines.Line line : Lines.head(doc.body(), 8)) {
            Optional<DocNumber> head = DocNumber.parse(line.bare()).filter(d -> codes.contains(d.code()));
            if (head.isPresent()) {
                int at = line.text().indexOf(head.get().code());
                out.accept(doc.finding(ID, Severity.BLOCKER, line.start() + Math.max(0, at), line.end(),
                        message("正文文号“" + line.bare() + "”", "document number '" + line.bare() + "' in the body"), fix()));
                return;
            }
        }
    }

    private boolean allowedReprint(FrontMatter m) {
        return m.reprinted().flatMap(r -> host(r.url()))
                .map(h -> allowedHosts.stream().anyMatch(a -> ChecksConfig.hostMatches(h, a))).orElse(false);
    }

    static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(URI.create(url.strip()).getHost());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Text message(String whatZh, String whatEn) {
        return Text.of("本稿件按" + whatZh + "属于中央或省级文件，但不是来自允许来源的转载。",
                "By its " + whatEn + " this item is a central or provincial document, but it is not a reprint from an allowed source.");
    }

    private static Text fix() {
        return Text.of("改为转载：填写 reprint（site、url、date），url 须在 checks.reprint-sources 所列网站；或只发布链接到原文的简短说明。",
                "Make it a reprint: give reprint (site, url, date) with a url on a site in checks.reprint-sources; or publish only a short note linking to the original.");
    }
}
