package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.content.SourceFile;
import io.sanshen.content.attachment.AttachmentType;
import io.sanshen.content.attachment.Inspection;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.util.List;
import java.util.function.Consumer;

/** Attachments of a type the site does not allow ({@code checks.attachment-types}), or whose bytes belie the name. */
public final class AttachmentTypeRule implements Rule {
    public static final String ID = "attachment.type";
    private final List<String> allowed;
    private final RunResources resources;

    public AttachmentTypeRule(CheckContext ctx) {
        this.allowed = ctx.checks().attachmentTypes();
        this.resources = RunResources.of(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("附件类型不允许或与内容不符", "Attachment types not allowed or not matching the content");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        for (SourceFile file : doc.item().resources()) {
            String ext = AttachmentType.extension(file.fileName());
            SourcePos pos = SourcePos.file(file.path());
            if (!allowed.contains(ext)) {
                out.accept(Finding.of(ID, Severity.BLOCKER, pos,
                        Text.of("附件 " + file.fileName() + " 的类型“" + (ext.isEmpty() ? "无扩展名" : ext) + "”不在允许范围内。",
                                "Attachment " + file.fileName() + " has type '" + ext + "', which is not allowed."),
                        Text.of("转换为允许的格式（" + String.join("、", allowed) + "），或在 checks.attachment-types 中增加该类型。",
                                "Convert it to an allowed format (" + String.join(", ", allowed) + ") or add the type to checks.attachment-types.")));
                continue;
            }
            Inspection inspection = resources.inspection(file);
            if (inspection.typeMismatch()) {
                out.accept(Finding.of(ID, Severity.BLOCKER, pos,
                        Text.of("附件 " + file.fileName() + " 的扩展名与内容不符（实际为 " + inspection.type() + "）。",
                                "Attachment " + file.fileName() + " is really " + inspection.type() + ", not what its extension says."),
                        Text.of("用正确的扩展名另存该文件，或换成真正的 ." + ext + " 文件。",
                                "Save it with the right extension, or replace it with a real ." + ext + " file.")));
            }
        }
    }
}
