package io.sanshen.yaml;

import io.sanshen.diag.Findings;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed, position-aware reading of one YAML mapping. Each accessor names a key and its aliases (for example the
 * Chinese form); every key ever asked for is remembered so that {@link #rejectUnknown()} can report the rest with a
 * suggestion. Wrong types are reported, never thrown.
 */
public final class YamlMap {
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

    private final String path;
    private final int lineOffset;
    private final Findings sink;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> known = new LinkedHashSet<>();

    private YamlMap(MappingNode node, String path, int lineOffset, Findings sink) {
        this.path = path;
        this.lineOffset = lineOffset;
        this.sink = sink;
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key) {
                // Composing (unlike constructing) does not reject repeated keys, so we do.
                if (entries.putIfAbsent(key.getValue(), t) != null) {
                    sink.error("yaml.duplicate-key", pos(key), Text.of("重复的键“" + key.getValue() + "”。",
                            "Duplicate key '" + key.getValue() + "'."), Text.of("删除或合并重复的一行。",
                            "Remove or merge the repeated line."));
                }
            } else {
                sink.error("yaml.key", pos(t.getKeyNode()), Text.of("键必须是文字。", "Keys must be plain text."),
                        Text.of("去掉复杂键。", "Use a plain key."));
            }
        }
    }

    /** Reads {@code node} as a mapping; reports {@code what} is not a mapping otherwise. */
    public static Optional<YamlMap> of(Node node, String path, int lineOffset, Findings sink, Text what) {
        if (node instanceof MappingNode m) {
            return Optional.of(new YamlMap(m, path, lineOffset, sink));
        }
        sink.error("yaml.type", posOf(node, path, lineOffset), what.append(Text.of("应为键值映射（key: value）。",
                "must be a mapping (key: value).")), Text.of("按“键: 值”的形式书写。", "Write it as 'key: value' lines."));
        return Optional.empty();
    }

    /** Reads a nested node (for example a list element) as a mapping with the same file and line offset. */
    public Optional<YamlMap> child(Node node, Text what) {
        return of(node, path, lineOffset, sink, what);
    }

    public String path() {
        return path;
    }

    public Findings sink() {
        return sink;
    }

    public SourcePos pos(Node node) {
        return posOf(node, path, lineOffset);
    }

    static SourcePos posOf(Node node, String path, int lineOffset) {
        if (node == null || node.getStartMark() == null) {
            return new SourcePos(path, 1 + lineOffset, 1);
        }
        return new SourcePos(path, node.getStartMark().getLine() + 1 + lineOffset, node.getStartMark().getColumn() + 1);
    }

    /** Position of the key itself, or of the mapping's first key when absent (for "missing key" reports). */
    public SourcePos keyPos(String key) {
        NodeTuple t = entries.get(key);
        if (t != null) {
            return pos(t.getKeyNode());
        }
        return entries.isEmpty() ? new SourcePos(path, 1 + lineOffset, 1)
                : pos(entries.values().iterator().next().getKeyNode());
    }

    /** The value node for the first present of {@code key} and {@code aliases}; two present is an error. */
    public Optional<Node> node(String key, String... aliases) {
        known.add(key);
        String found = entries.containsKey(key) ? key : null;
        for (String alias : aliases) {
            known.add(alias);
            if (entries.containsKey(alias)) {
                if (found != null) {
                    sink.error("yaml.duplicate-key", pos(entries.get(alias).getKeyNode()),
                            Text.of("“" + alias + "”与“" + found + "”是同一个字段，重复出现。",
                                    "'" + alias + "' and '" + found + "' are the same field, given twice."),
                            Text.of("只保留其中一个。", "Keep only one of them."));
                } else {
                    found = alias;
                }
            }
        }
        return found == null ? Optional.empty() : Optional.of(entries.get(found).getValueNode());
    }

    /** Where the value of {@code key} (or an alias) was written; reports nothing. */
    public Optional<SourcePos> valuePos(String key, String... aliases) {
        NodeTuple t = entries.get(key);
        for (int i = 0; t == null && i < aliases.length; i++) {
            t = entries.get(aliases[i]);
        }
        return t == null ? Optional.empty() : Optional.of(pos(t.getValueNode()));
    }

    public boolean has(String key, String... aliases) {
        if (entries.containsKey(key)) {
            return true;
        }
        for (String a : aliases) {
            if (entries.containsKey(a)) {
                return true;
            }
        }
        return false;
    }

    public Optional<String> string(String key, String... aliases) {
        return node(key, aliases).flatMap(n -> scalar(n, key));
    }

    public String stringOr(String key, String fallback, String... aliases) {
        return string(key, aliases).orElse(fallback);
    }

    public Optional<String> required(String key, Text what, String... aliases) {
        Optional<String> v = string(key, aliases);
        if (v.isEmpty() && !has(key, aliases)) {
            sink.error("yaml.missing", keyPos(key), Text.of("缺少必填字段“" + key + "”（" + what.zh() + "）。",
                            "Missing required field '" + key + "' (" + what.en() + ")."),
                    Text.of("添加一行“" + key + ": …”。", "Add a line '" + key + ": …'."));
        }
        return v;
    }

    public Optional<String> scalar(Node n, String key) {
        if (n instanceof ScalarNode s) {
            String v = s.getValue().strip();
            return v.isEmpty() || v.equals("~") || v.equals("null") ? Optional.empty() : Optional.of(v);
        }
        typeError(n, key, Text.of("一个文字值", "a single value"));
        return Optional.empty();
    }

    public Optional<Boolean> bool(String key, String... aliases) {
        return node(key, aliases).flatMap(n -> scalar(n, key)).flatMap(v -> {
            switch (v.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "on", "是" -> {
                    return Optional.of(true);
                }
                case "false", "no", "off", "否" -> {
                    return Optional.of(false);
                }
                default -> {
                    typeError(node(key, aliases).orElse(null), key, Text.of("true 或 false", "true or false"));
                    return Optional.empty();
                }
            }
        });
    }

    public Optional<Integer> integer(String key, String... aliases) {
        return node(key, aliases).flatMap(n -> scalar(n, key).flatMap(v -> {
            try {
                return Optional.of(Integer.parseInt(v));
            } catch (NumberFormatException e) {
                typeError(n, key, Text.of("一个整数", "a whole number"));
                return Optional.empty();
            }
        }));
    }

    public Optional<LocalDate> date(String key, String... aliases) {
        return dateTime(key, aliases).map(LocalDateTime::toLocalDate);
    }

    /** A date {@code YYYY-MM-DD} with an optional time {@code HH:mm[:ss]}; midnight when no time is given. */
    public Optional<LocalDateTime> dateTime(String key, String... aliases) {
        return node(key, aliases).flatMap(n -> scalar(n, key).flatMap(v -> {
            Matcher m = DATE_TIME.matcher(v);
            try {
                if (m.matches()) {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                    LocalTime t = m.group(4) == null ? LocalTime.MIDNIGHT : LocalTime.of(Integer.parseInt(m.group(4)),
                            Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                    return Optional.of(LocalDateTime.of(d, t));
                }
            } catch (java.time.DateTimeException e) {
                // falls through to the report below: a date such as 2026-02-30 does not exist
            }
            sink.error("yaml.date", pos(n), Text.of("“" + key + "”的值“" + v + "”不是有效日期。",
                            "'" + key + "' value '" + v + "' is not a valid date."),
                    Text.of("写成 2026-03-05 或 2026-03-05 09:30。", "Write it as 2026-03-05 or 2026-03-05 09:30."));
            return Optional.empty();
        }));
    }

    public Optional<YamlMap> map(String key, String... aliases) {
        return node(key, aliases).flatMap(n -> of(n, path, lineOffset, sink, Text.of("“" + key + "”", "'" + key + "'")));
    }

    /** A list value; a single scalar is accepted as a one-element list. */
    public List<Node> list(String key, String... aliases) {
        Optional<Node> n = node(key, aliases);
        if (n.isEmpty()) {
            return List.of();
        }
        if (n.get() instanceof SequenceNode s) {
            return s.getValue();
        }
        if (n.get() instanceof ScalarNode s && !s.getValue().isBlank()) {
            return List.of(s);
        }
        if (n.get() instanceof ScalarNode) {
            return List.of();
        }
        typeError(n.get(), key, Text.of("一个列表", "a list"));
        return List.of();
    }

    public List<String> strings(String key, String... aliases) {
        List<String> out = new ArrayList<>();
        for (Node n : list(key, aliases)) {
            scalar(n, key).ifPresent(out::add);
        }
        return out;
    }

    /** A free-form mapping of names to single values (all keys accepted), such as per-rule levels. */
    public Map<String, String> asStringMap() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            known.add(e.getKey());
            scalar(e.getValue().getValueNode(), e.getKey()).ifPresent(v -> out.put(e.getKey(), v));
        }
        return out;
    }

    /** Reports every key that no accessor asked for, with the closest known key as a suggestion. */
    public void rejectUnknown() {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (known.contains(e.getKey())) {
                continue;
            }
            Optional<String> guess = Suggest.closest(e.getKey(), known);
            Text fix = guess.map(g -> Text.of("你是不是想写“" + g + "”？", "Did you mean '" + g + "'?"))
                    .orElse(Text.of("可用的字段：" + String.join("、", known) + "。",
                            "Known fields: " + String.join(", ", known) + "."));
            sink.error("yaml.unknown-key", pos(e.getValue().getKeyNode()),
                    Text.of("未知字段“" + e.getKey() + "”。", "Unknown field '" + e.getKey() + "'."), fix);
        }
    }

    private void typeError(Node n, String key, Text expected) {
        sink.error("yaml.type", pos(n), Text.of("“" + key + "”应为" + expected.zh() + "。",
                        "'" + key + "' must be " + expected.en() + "."),
                Text.of("按字段说明修改该值。", "Change the value as the field reference describes."));
    }
}
