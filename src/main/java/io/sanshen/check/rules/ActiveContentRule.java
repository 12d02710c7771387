package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.SiteRule;
import io.sanshen.content.AttachmentRef;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.RepoPaths;
import io.sanshen.content.SourceFile;
import io.sanshen.content.attachment.ActiveContent;
import io.sanshen.content.attachment.AttachmentType;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Attachments a browser would run: SVG with scripts, event handlers, {@code javascript:} links, embedded HTML or
 * external references, and web pages or XML files. Published on the portal's own address, their scripts would run
 * with the portal's rights, so they block: in a bundle (the whole item stays offline), as a static file (the file is
 * not published), and in every item that shows or links such a static file (that item stays offline too).
 */
public final class ActiveContentRule implements SiteRule {
    public static final String ID = "attachment.active-content";
    private final RunResources resources;
    private final List<SourceFile> staticFiles;

    public ActiveContentRule(CheckContext ctx) {
        this.resources = RunResources.of(ctx);
        this.staticFiles = ctx.site().staticFiles();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("附件含有脚本等可执行内容（SVG、网页）", "Attachments with scripts or other active content (SVG, web pages)");
    }

    @Override
    public void check(List<ItemDocument> docs, Consumer<Finding> out) {
        for (ItemDocument doc : docs) {
            doc.item().resources().forEach(file -> fileFindings(file, out));
        }
        Map<String, List<ActiveContent>> activeStatics = new LinkedHashMap<>();
        for (SourceFile file : staticFiles) {
            List<ActiveContent> found = active(file);
            if (!found.isEmpty()) {
                activeStatics.put(file.path(), found);
                fileFindings(file, out);
            }
        }
        if (!activeStatics.isEmpty()) {
            docs.forEach(doc -> references(doc, activeStatics, out));
        }
    }

    private List<ActiveContent> active(SourceFile file) {
        return AttachmentType.fromFileName(file.fileName()).isScriptable()
                ? resources.inspection(file).active() : List.of();
    }

    private void fileFindings(SourceFile file, Consumer<Finding> out) {
        for (ActiveContent a : active(file)) {
            SourcePos pos = a.line() == 0 ? SourcePos.file(file.path()) : new SourcePos(file.path(), a.line(), a.column());
            out.accept(Finding.of(ID, Severity.BLOCKER, pos,
                    Text.of("附件 " + file.fileName() + " " + a.message("zh") + "。",
                            "Attachment " + file.fileName() + " " + a.message("en") + "."),
                    fix(a)));
        }
    }

    /** Items that show or link an active static file, by image, link or front matter attachment. */
    private void references(ItemDocument doc, Map<String, List<ActiveContent>> active, Consumer<Finding> out) {
        for (AttachmentRef a : doc.item().meta().attachments()) {
            target(doc.path(), a.file()).filter(active::containsKey).ifPresent(t ->
                    out.accept(Finding.of(ID, Severity.BLOCKER, a.pos(), referenceMessage(a.file(), t, active), fix(active.get(t).get(0)))));
        }
        for (BodyLink link : BodyLinks.of(doc.markdown())) {
            if (link.isRelative()) {
                target(doc.path(), link.url()).filter(active::containsKey).ifPresent(t ->
                        out.accept(doc.finding(ID, Severity.BLOCKER, link.start(), link.end(),
                                referenceMessage(link.url(), t, active), fix(active.get(t).get(0)))));
            }
        }
    }

    /** The repository path a relative link means, as the dead-link check and the renderer resolve it. */
    private static Optional<String> target(String from, String url) {
        String target = url.replaceFirst("[#?].*$", "");
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String decoded = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        return RepoPaths.resolveLink(from, decoded)
                .map(p -> p.startsWith(ContentLoader.ROOT + "/") ? p : ContentLoader.ROOT + "/" + p);
    }

    private static Text referenceMessage(String url, String target, Map<String, List<ActiveContent>> active) {
        ActiveContent first = active.get(target).get(0);
        String where = first.line() == 0 ? target : target + ":" + first.line() + ":" + first.column();
        return Text.of("引用的文件“" + url + "”" + first.message("zh") + "（" + where + "），不得发布。",
                "The file '" + url + "' " + first.message("en") + " (" + where + ") and must not be published.");
    }

    private static Text fix(ActiveContent a) {
        return a.kind() == ActiveContent.Kind.MARKUP_DOCUMENT
                ? Text.of("网页和 XML 文件不能作为附件发布：转换为 PDF 后上传。",
                        "Web pages and XML files cannot be published as attachments: convert to PDF and upload that.")
                : Text.of("删除脚本、事件属性（on…）、外部引用和文档类型声明后重新导出 SVG，或改用 PNG 图片。",
                        "Remove scripts, event attributes (on…), external references and the DOCTYPE and export the SVG again, or use a PNG image.");
    }
}
