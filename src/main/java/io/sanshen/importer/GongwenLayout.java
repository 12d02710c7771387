package io.sanshen.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the GB/T 9704 elements of a 公文 off its blocks: before the body 发文机关标志, 发文字号, 标题 and 主送机关;
 * after it 附件说明, 发文机关署名 and 成文日期, then 附注 and 版记 (抄送, 印发), which are not part of the page. What it
 * does not recognise stays in the body, so nothing of the text is lost.
 */
final class GongwenLayout {
    /** 示政发〔2026〕12号, with the brackets people type instead of 〔〕. */
    static final Pattern DOC_NO = Pattern.compile("^\\S{1,20}?[〔\\[［(（]\\d{4}[〕\\]］)）]\\d{1,5}号$");
    private static final Pattern ATTACHMENT_NOTE = Pattern.compile("^附\\s*件[:：]\\s*(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}\\s*[.．、]\\s*(.+)$");
    private static final Pattern PRINTED = Pattern.compile("^(抄送|.{2,40}\\d{4}年\\d{1,2}月\\d{1,2}日\\s*印发$)");
    private static final Pattern REMARK = Pattern.compile("^[（(].{1,40}[)）]$");
    private static final int HEAD_WINDOW = 6;

    /** The elements found; {@code body} is what is left for the item's Markdown. */
    record Layout(Optional<String> issuerMark, Optional<String> docNo, Optional<String> title,
            Optional<String> addressee, Optional<String> signature, Optional<LocalDate> created,
            List<String> attachments, List<Block> body, List<String> dropped) {}

    static Layout read(List<Block> blocks) {
        List<Block> b = new ArrayList<>(blocks);
        int docNoAt = find(b, 0, blk -> DOC_NO.matcher(compact(blk.plain())).matches());
        int titleAt = find(b, docNoAt + 1, blk -> Genres.fromTitle(blk.plain()).isPresent()
                || blk.plain().startsWith("关于") || blk.kind() == Block.Kind.HEADING && blk.level() == 1);
        Optional<String> docNo = docNoAt < 0 ? Optional.empty() : Optional.of(compact(b.get(docNoAt).plain()));
        Optional<String> title = titleAt < 0 ? Optional.empty() : Optional.of(b.get(titleAt).plain());
        int markEnd = docNoAt >= 0 ? docNoAt : titleAt;
        Optional<String> mark = markEnd > 0 ? Optional.of(b.get(markEnd - 1).plain()).filter(s -> s.length() <= 40)
                : Optional.empty();
        int bodyStart = Math.max(docNoAt, titleAt) + 1;
        Optional<String> addressee = Optional.empty();
        if (titleAt >= 0 && bodyStart < b.size() && isAddressee(b.get(bodyStart).plain())) {
            addressee = Optional.of(b.get(bodyStart).plain().replaceAll("[:：]$", ""));
        }

        List<String> dropped = new ArrayList<>();
        int end = b.size();
        while (end > bodyStart && b.get(end - 1).isParagraph()
                && (PRINTED.matcher(b.get(end - 1).plain()).find() || REMARK.matcher(b.get(end - 1).plain()).matches())) {
            dropped.add(0, b.get(end - 1).plain());
            end--;
        }
        Optional<LocalDate> created = Optional.empty();
        Optional<String> signature = Optional.empty();
        int tailStart = end;
        int dateAt = -1;
        for (int i = end - 1; i >= bodyStart && i >= end - 3; i--) {
            Optional<LocalDate> d = Dates.parse(b.get(i).plain());
            if (b.get(i).isParagraph() && d.isPresent()) {
                created = d;
                dateAt = i;
                tailStart = i;
                if (i - 1 >= bodyStart && isSignature(b.get(i - 1))) {
                    signature = Optional.of(b.get(i - 1).plain());
                    tailStart = i - 1;
                }
                break;
            }
        }
        List<String> attachments = new ArrayList<>();
        int noteAt = find(b, bodyStart, blk -> blk.isParagraph() && ATTACHMENT_NOTE.matcher(blk.plain()).matches());
        if (noteAt >= 0 && noteAt < tailStart) {
            List<String> listed = new ArrayList<>();
            // Only a note that ends the text (right before the signature) is the 附件说明; else it is body text.
            if (attachmentNote(b, noteAt, tailStart, listed) == tailStart) {
                attachments.addAll(listed);
                tailStart = noteAt;
            }
        }
        // The 主送机关 line stays at the top of the body as written: readers see whom the document addresses.
        List<Block> body = new ArrayList<>(b.subList(bodyStart, tailStart));
        // Text after the date (an attachment's own pages) stays in the body, after the main text.
        body.addAll(b.subList(dateAt < 0 ? end : dateAt + 1, end));
        return new Layout(mark, docNo, title, addressee, signature, created, attachments, body, dropped);
    }

    /** Reads "附件：1. 名称" and the numbered lines below it; returns the index after them. */
    private static int attachmentNote(List<Block> b, int at, int limit, List<String> out) {
        Matcher m = ATTACHMENT_NOTE.matcher(b.get(at).plain());
        m.matches();
        String first = m.group(1).strip();
        if (!first.isEmpty()) {
            Matcher n = NUMBERED.matcher(first);
            out.add(n.matches() ? n.group(1).strip() : first);
        }
        int i = at + 1;
        for (; i < limit; i++) {
            Matcher n = NUMBERED.matcher(b.get(i).plain());
            if (!n.matches()) {
                break;
            }
            out.add(n.group(1).strip());
        }
        return i;
    }

    private static boolean isAddressee(String s) {
        return (s.endsWith("：") || s.endsWith(":")) && s.length() <= 120 && !s.contains("。");
    }

    private static boolean isSignature(Block b) {
        String s = b.plain();
        return b.isParagraph() && s.length() <= 40 && !s.contains("。") && !s.endsWith("：") && !s.endsWith(":")
                && !NUMBERED.matcher(s).matches();
    }

    private static int find(List<Block> b, int from, java.util.function.Predicate<Block> test) {
        for (int i = Math.max(0, from); i < b.size() && i < Math.max(0, from) + HEAD_WINDOW; i++) {
            if (test.test(b.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }
}
