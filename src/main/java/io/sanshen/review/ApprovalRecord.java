package io.sanshen.review;

import io.sanshen.diag.Text;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The trailers of one approval commit ({@code git interpret-trailers} syntax, last paragraph of the message).
 *
 * @param action  approve, reject or withdraw
 * @param level   the level the signer acts at
 * @param items   repository path (NFC) and blob id of every file the record covers
 * @param checks  words of {@code Sanshen-Checks} (五关: 政治 政策 文字 保密 舆情)
 * @param opinion {@code Sanshen-Opinion}, may be empty
 * @param waivers {@code Sanshen-Waive: RULE reason} lines, for the check engine
 */
public record ApprovalRecord(Action action, Level level, List<Item> items, List<String> checks, String opinion,
                             List<Waiver> waivers) {
    public static final String REVIEW = "Sanshen-Review";

    public ApprovalRecord {
        items = List.copyOf(items);
        checks = List.copyOf(checks);
        waivers = List.copyOf(waivers);
    }

    public enum Action { APPROVE, REJECT, WITHDRAW }

    /** A numbered level (1..n), the confidentiality attestation, or an admin approval of a policy file. */
    public record Level(int number, boolean confidentiality, boolean admin) {
        public static Level of(int n) {
            return new Level(n, false, false);
        }

        public static final Level CONFIDENTIALITY = new Level(0, true, false);
        public static final Level ADMIN = new Level(0, false, true);

        @Override
        public String toString() {
            return confidentiality ? "confidentiality" : admin ? "admin" : Integer.toString(number);
        }
    }

    /** One covered file: repository path (NFC) and the blob id of its approved bytes. */
    public record Item(String path, ObjectId blob) {
    }

    public record Waiver(String rule, String reason) {
    }

    // compiled once: verify parses every record in the history, and String.split compiles a regex on each call
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");
    private static final Pattern CHECK_SEPARATOR = Pattern.compile("[\\s,，、]+");

    private static final Pattern MENTION = Pattern.compile("(?m)^[ \t>]*" + REVIEW + "\\s*:");

    /**
     * Whether the message has a {@code Sanshen-Review:} line anywhere, also indented or quoted: squash merges keep the
     * records in the body, and git indents the squashed messages by four spaces.
     */
    public static boolean mentionsRecord(String message) {
        if (message.startsWith(REVIEW + ":") || message.contains("\n" + REVIEW + ":")) {
            return true; // the common case, without a regex: verify reads every commit message
        }
        return message.contains(REVIEW) && MENTION.matcher(message).find();
    }

    /**
     * Reads the trailer paragraph. Empty when it carries no {@code Sanshen-Review}; empty with a problem reported
     * when the record is malformed (unknown action or level, bad item line, no item).
     */
    public static Optional<ApprovalRecord> parse(String message, Consumer<Text> problem) {
        String[] paragraphs = PARAGRAPH_BREAK.split(message.strip());
        String last = paragraphs[paragraphs.length - 1];
        String action = null;
        String level = null;
        List<Item> items = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        List<Waiver> waivers = new ArrayList<>();
        String opinion = "";
        for (String line : last.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0 || !line.startsWith("Sanshen-")) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case REVIEW -> action = value;
                case "Sanshen-Level" -> level = value;
                case "Sanshen-Item" -> {
                    int space = value.lastIndexOf(' ');
                    String blob = space < 0 ? "" : value.substring(space + 1);
                    if (space <= 0 || !ObjectId.isId(blob)) {
                        problem.accept(Text.of("Sanshen-Item 行应为“路径 blob编号”：" + value,
                                "Sanshen-Item must be '<path> <blob id>': " + value));
                        return Optional.empty();
                    }
                    items.add(new Item(nfc(value.substring(0, space)), ObjectId.fromString(blob)));
                }
                case "Sanshen-Checks" -> checks.addAll(List.of(CHECK_SEPARATOR.split(value)));
                case "Sanshen-Opinion" -> opinion = value;
                case "Sanshen-Waive" -> {
                    String[] w = value.split("\\s+", 2);
                    waivers.add(new Waiver(w[0], w.length > 1 ? w[1] : ""));
                }
                default -> { /* other Sanshen-* trailers are kept for future use, not errors */ }
            }
        }
        if (action == null) {
            return Optional.empty();
        }
        Action a = switch (action) {
            case "approve" -> Action.APPROVE;
            case "reject" -> Action.REJECT;
            case "withdraw" -> Action.WITHDRAW;
            default -> null;
        };
        Optional<Level> lv = level(level, a);
        if (a == null || lv.isEmpty() || items.isEmpty()) {
            problem.accept(Text.of("审核记录不完整或无法识别（动作、级别或 Sanshen-Item 有误）",
                    "approval record incomplete or unreadable (action, level or Sanshen-Item)"));
            return Optional.empty();
        }
        checks.removeIf(String::isEmpty);
        return Optional.of(new ApprovalRecord(a, lv.get(), items, checks, opinion, waivers));
    }

    private static Optional<Level> level(String v, Action a) {
        if (v == null) {
            return a == Action.WITHDRAW ? Optional.of(Level.of(0)) : Optional.empty();
        }
        return switch (v) {
            case "confidentiality" -> Optional.of(Level.CONFIDENTIALITY);
            case "admin" -> Optional.of(Level.ADMIN);
            default -> v.matches("[1-9]") ? Optional.of(Level.of(Integer.parseInt(v))) : Optional.empty();
        };
    }

    static String nfc(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC);
    }

    /** The commit message that records this: a Chinese subject line and the trailers. */
    public String toMessage() {
        String verb = switch (action) {
            case APPROVE -> "审核通过";
            case REJECT -> "审核不通过";
            case WITHDRAW -> "失效撤稿";
        };
        StringBuilder m = new StringBuilder(verb).append("：").append(level).append(' ')
                .append(items.get(0).path()).append(items.size() > 1 ? " 等 " + items.size() + " 个文件" : "")
                .append("\n\n").append(REVIEW).append(": ").append(action.name().toLowerCase(java.util.Locale.ROOT)).append('\n');
        if (action != Action.WITHDRAW || level.number() != 0) {
            m.append("Sanshen-Level: ").append(level).append('\n');
        }
        items.forEach(i -> m.append("Sanshen-Item: ").append(i.path()).append(' ').append(i.blob().name()).append('\n'));
        if (!checks.isEmpty()) {
            m.append("Sanshen-Checks: ").append(String.join(" ", checks)).append('\n');
        }
        if (!opinion.isEmpty()) {
            m.append("Sanshen-Opinion: ").append(opinion.replace('\n', ' ')).append('\n');
        }
        waivers.forEach(w -> m.append("Sanshen-Waive: ").append(w.rule()).append(' ').append(w.reason()).append('\n'));
        return m.toString();
    }
}
