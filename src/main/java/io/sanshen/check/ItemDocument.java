package io.sanshen.check;

import com.vladsch.flexmark.util.ast.Document;
import io.sanshen.content.Item;
import io.sanshen.content.Markdown;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.util.HashMap;
import java.util.Map;

/**
 * One item prepared for checking: its Markdown parsed once (Flexmark node offsets are offsets into
 * {@link #body()}), and the means to turn body offsets and front matter fields into file positions. Site rules get
 * the document {@link #withoutTree() without its tree}: trees of 100,000 items would fill gigabytes of heap.
 * Scans several rules share are remembered here ({@link DocMemo}), so they last exactly as long as the document.
 */
public final class ItemDocument {
    private final Item item;
    private final Document markdown;
    private final LineMap lines;
    private Map<DocMemo<?>, Object> memos;

    public ItemDocument(Item item, Document markdown) {
        this(item, markdown, new LineMap(item.body()));
    }

    private ItemDocument(Item item, Document markdown, LineMap lines) {
        this.item = item;
        this.markdown = markdown;
        this.lines = lines;
    }

    /** This document holding no parsed tree nor remembered scans; {@link #markdown()} then parses again on each call. */
    ItemDocument withoutTree() {
        return new ItemDocument(item, null, lines);
    }

    /**
     * The value of {@code memo} for this document, computed on first use. Get-then-put rather than
     * {@code computeIfAbsent}: one memo's computation may ask for another (word scan → item texts). Synchronized for
     * the rare caller sharing a document across threads; the engine checks an item on one thread.
     */
    @SuppressWarnings("unchecked")
    synchronized <T> T remembered(DocMemo<T> memo) {
        if (memos == null) {
            memos = new HashMap<>(4);
        }
        Object value = memos.get(memo);
        if (value == null && !memos.containsKey(memo)) {
            value = memo.compute(this);
            memos.put(memo, value);
        }
        return (T) value;
    }

    public Item item() {
        return item;
    }

    public Document markdown() {
        return markdown != null ? markdown : Markdown.parse(item.body());
    }

    public String body() {
        return item.body();
    }

    public String path() {
        return item.path();
    }

    /** The file position of body offset {@code offset}. */
    public SourcePos at(int offset) {
        return new SourcePos(item.path(), item.bodyLine() + lines.lineIndex(offset), lines.column(offset));
    }

    /** Where front matter field {@code name} (English key) was written, else the front matter's first line. */
    public SourcePos field(String name) {
        return item.meta().pos(name, new SourcePos(item.path(), 2, 1));
    }

    /** A finding over body characters [start, end), with the offending line as excerpt. */
    public Finding finding(String ruleId, Severity severity, int start, int end, Text message, Text fix) {
        SourcePos pos = at(start);
        int lineIndex = lines.lineIndex(start);
        int endColumn = lines.lineIndex(end) == lineIndex ? lines.column(end) : lines.line(lineIndex).length() + 1;
        return new Finding(ruleId, severity, pos, endColumn, message, fix, lines.line(lineIndex));
    }

    /** A finding about a front matter field. */
    public Finding fieldFinding(String ruleId, Severity severity, String field, Text message, Text fix) {
        return Finding.of(ruleId, severity, field(field), message, fix);
    }
}
