package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.content.SourceFile;
import io.sanshen.content.attachment.InspectionError;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.util.function.Consumer;

/**
 * Attachments that could not be checked completely: corrupt or suspicious files block (nothing about them is
 * known), truncated or text-less ones need a reviewer's eye, types whose text is not read are noted.
 */
public final class AttachmentUncheckedRule implements Rule {
    public static final String ID = "attachment.unchecked";
    private final RunResources resources;

    public AttachmentUncheckedRule(CheckContext ctx) {
        this.resources = RunResources.of(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("附件未能完整检查", "Attachments that could not be fully checked");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        for (SourceFile file : doc.item().resources()) {
            for (InspectionError error : resources.inspection(file).errors()) {
                Severity severity = switch (error.kind()) {
                    case CORRUPT, UNSAFE_ARCHIVE, TOO_LARGE -> Severity.BLOCKER;
                    case PART_UNREADABLE, TEXT_TRUNCATED, PAGES_TRUNCATED, NO_TEXT -> Severity.WARNING;
                    case UNSUPPORTED -> Severity.INFO;
                };
                out.accept(Finding.of(ID, severity, SourcePos.file(file.path()),
                        Text.of("附件 " + file.fileName() + "：" + error.message("zh") + "。",
                                "Attachment " + file.fileName() + ": " + error.message("en") + "."),
                        Text.of(severity == Severity.BLOCKER ? "用办公软件重新导出该文件后上传。" : "请审核人员人工核对该附件内容。",
                                severity == Severity.BLOCKER ? "Export the file again from its application." : "A reviewer must check this attachment by hand.")));
            }
        }
    }
}
