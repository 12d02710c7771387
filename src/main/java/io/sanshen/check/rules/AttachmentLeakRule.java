package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.content.SourceFile;
import io.sanshen.content.attachment.LeakFinding;
import io.sanshen.content.attachment.LeakKind;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What an attachment leaks beyond its visible text: tracked changes, comments, hidden sheets, GPS positions,
 * encryption, macros (blockers), data in hidden rows (warning), author names in the properties (info).
 */
public final class AttachmentLeakRule implements Rule {
    public static final String ID = "attachment.leak";
    private static final Map<LeakKind, Text> FIXES = Map.of(
            LeakKind.TRACKED_CHANGES, Text.of("在 Word/WPS 中接受或拒绝全部修订后另存。", "Accept or reject all changes in Word/WPS and save again."),
            LeakKind.COMMENTS, Text.of("删除全部批注后另存。", "Delete all comments and save again."),
            LeakKind.HIDDEN_SHEET, Text.of("删除隐藏的工作表，或取消隐藏并核对其内容。", "Delete the hidden sheet, or unhide it and review it."),
            LeakKind.HIDDEN_CELLS, Text.of("删除隐藏行列中的数据，或取消隐藏并核对。", "Delete the data in hidden rows or columns, or unhide and review it."),
            LeakKind.GPS_LOCATION, Text.of("去除图片的 EXIF 位置信息后重新导出。", "Strip the EXIF location and export the image again."),
            LeakKind.PERSONAL_METADATA, Text.of("可在“文件-属性”中清除作者等信息。", "You may clear the author in File > Properties."),
            LeakKind.ENCRYPTED, Text.of("上传未加密的文件。", "Upload the file without encryption."),
            LeakKind.MACROS, Text.of("另存为不含宏的格式（.docx/.xlsx）。", "Save it in a macro-free format (.docx/.xlsx)."));

    private final RunResources resources;

    public AttachmentLeakRule(CheckContext ctx) {
        this.resources = RunResources.of(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("附件含修订、批注、隐藏表、位置信息、宏或加密", "Attachments leaking tracked changes, comments, hidden sheets, GPS, macros or encrypted");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        for (SourceFile file : doc.item().resources()) {
            for (LeakFinding leak : resources.inspection(file).leaks()) {
                Severity severity = switch (leak.severity()) {
                    case BLOCKER -> Severity.BLOCKER;
                    case WARNING -> Severity.WARNING;
                    case INFO -> Severity.INFO;
                };
                out.accept(Finding.of(ID, severity, SourcePos.file(file.path()),
                        Text.of("附件 " + file.fileName() + " " + leak.message("zh") + "。",
                                "Attachment " + file.fileName() + " " + leak.message("en") + "."),
                        FIXES.get(leak.kind())));
            }
        }
    }
}
