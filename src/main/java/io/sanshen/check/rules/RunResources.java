package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.pii.PiiPolicy;
import io.sanshen.check.pii.PiiScanner;
import io.sanshen.check.text.TextRules;
import io.sanshen.content.SourceFile;
import io.sanshen.content.attachment.AttachmentInspector;
import io.sanshen.content.attachment.Inspection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What several rules of one run share, built at most once per run: the word lists (one matcher for the word,
 * near-miss and attachment rules), the PII scanner, the site's link targets, and each attachment's inspection. It
 * is held by the run's {@link CheckContext}, so two runs at once each have their own and a finished run keeps
 * nothing alive.
 */
public final class RunResources {
    private final CheckContext ctx;
    private final AttachmentInspector inspector = new AttachmentInspector();
    private final Map<String, Inspection> inspections = new ConcurrentHashMap<>();
    private final Map<String, Object> memos = new ConcurrentHashMap<>();
    private volatile TextRules textRules;
    private volatile PiiScanner piiScanner;

    private RunResources(CheckContext ctx) {
        this.ctx = ctx;
    }

    /** The resources of the run {@code ctx} belongs to. */
    public static RunResources of(CheckContext ctx) {
        return ctx.memo(RunResources.class, RunResources::new);
    }

    public CheckContext context() {
        return ctx;
    }

    /** The site's word lists, or the shipped ones when the site has no {@code checks.word-lists} folder. */
    public synchronized TextRules textRules() {
        if (textRules == null) {
            textRules = WordListSource.load(ctx.siteRoot(), ctx.checks().wordLists(),
                    RunResources.class.getClassLoader());
        }
        return textRules;
    }

    /** The PII scanner with the site's masking style, judging birth dates against the run's date. */
    public synchronized PiiScanner piiScanner() {
        if (piiScanner == null) {
            PiiPolicy policy = PiiPolicy.defaults().withMaskingStyle(MaskingStyles.of(ctx.checks()));
            piiScanner = new PiiScanner(policy, ctx.today());
        }
        return piiScanner;
    }

    /** A value shared by the rules of this run under {@code key} (the scan memo of a rule family). */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, java.util.function.Supplier<T> create) {
        return (T) memos.computeIfAbsent(key, k -> create.get());
    }

    /** Every link target of the site; built on first use (describing the rules needs none), once per run. */
    SiteTargets siteTargets() {
        return memo("site-targets", () -> new SiteTargets(ctx.links()));
    }

    /** The inspection of one attachment, done once per run however many rules ask. */
    public Inspection inspection(SourceFile file) {
        return inspections.computeIfAbsent(file.path(), p -> inspector.inspect(file.fileName(), file.bytes()));
    }
}
