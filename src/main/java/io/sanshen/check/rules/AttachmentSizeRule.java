package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.content.SourceFile;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.util.Locale;
import java.util.function.Consumer;

/** Attachments larger than {@code checks.max-attachment-mb}. */
public final class AttachmentSizeRule implements Rule {
    public static final String ID = "attachment.size";
    private final int maxMb;

    public AttachmentSizeRule(CheckContext ctx) {
        this.maxMb = ctx.checks().maxAttachmentMb();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("附件超过大小上限", "Attachments over the size limit");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        for (SourceFile file : doc.item().resources()) {
            if (file.size() > (long) maxMb << 20) {
                String mb = String.format(Locale.ROOT, "%.1f", file.size() / 1048576.0);
                out.accept(Finding.of(ID, Severity.BLOCKER, SourcePos.file(file.path()),
                        Text.of("附件 " + file.fileName() + " 大小为 " + mb + " MB，超过上限 " + maxMb + " MB。",
                                "Attachment " + file.fileName() + " is " + mb + " MB, over the " + maxMb + " MB limit."),
                        Text.of("压缩图片、拆分文件或改为 PDF 后再上传。", "Compress images, split the file or convert it to PDF.")));
            }
        }
    }
}
