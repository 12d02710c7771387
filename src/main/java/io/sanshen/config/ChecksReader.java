package io.sanshen.config;

import io.sanshen.diag.Text;
import io.sanshen.yaml.YamlMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the {@code checks:} section; absent keys keep the defaults. */
final class ChecksReader {
    private static final Set<String> SEVERITIES = Set.of("off", "info", "warning", "blocker");

    private ChecksReader() {
    }

    /** A relative path that stays below the site root (no absolute path, drive, or {@code ..} segment). */
    static boolean insideSite(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.startsWith("\\") || path.contains(":")) {
            return false;
        }
        for (String seg : path.split("[/\\\\]")) {
            if (seg.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** {@code index-no-pattern}: a regular expression that compiles, else the default and a config error. */
    private static String indexNoPattern(YamlMap m, String fallback) {
        String source = m.stringOr("index-no-pattern", fallback);
        try {
            Pattern.compile(source);
            return source;
        } catch (PatternSyntaxException e) {
            String at = e.getIndex() >= 0 ? "（第 " + (e.getIndex() + 1) + " 个字符处）" : "";
            String atEn = e.getIndex() >= 0 ? " (at character " + (e.getIndex() + 1) + ")" : "";
            m.sink().error("config.index-no-pattern", m.valuePos("index-no-pattern").orElse(m.keyPos("index-no-pattern")),
                    Text.of("索引号格式“" + source + "”不是有效的正则表达式：" + e.getDescription() + at + "。",
                            "Index number pattern '" + source + "' is not a valid regular expression: "
                                    + e.getDescription() + atEn + "."),
                    Text.of("写一个匹配完整索引号的 Java 正则表达式，如 '\\d{10}0000/\\d{4}-\\d{6}'（用单引号，反斜杠不必重复）。",
                            "Write a Java regular expression matching a whole index number, e.g. '\\d{10}0000/\\d{4}-\\d{6}' "
                                    + "(in single quotes, backslashes need no doubling)."));
            return fallback;
        }
    }

    static ChecksConfig read(YamlMap m) {
        ChecksConfig d = ChecksConfig.defaults();
        List<String> reprint = m.has("reprint-sources") ? m.strings("reprint-sources") : d.reprintSources();
        List<String> deny = m.strings("deny-domains");
        List<String> superior = m.has("superior-doc-codes") ? m.strings("superior-doc-codes") : d.superiorDocCodes();
        List<String> types = m.has("attachment-types")
                ? m.strings("attachment-types").stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList()
                : d.attachmentTypes();
        int maxMb = m.integer("max-attachment-mb").orElse(d.maxAttachmentMb());
        int titleMax = m.integer("title-max-length").orElse(d.titleMaxLength());
        String lists = m.stringOr("word-lists", d.wordLists());
        if (!insideSite(lists)) {
            m.sink().error("config.path-outside", m.valuePos("word-lists").orElse(m.keyPos("word-lists")),
                    Text.of("词表目录“" + lists + "”不在站点目录内。", "Word-list folder '" + lists + "' is not inside the site."),
                    Text.of("写站点内的相对路径，如 rules，不要用绝对路径或 ..。",
                            "Give a relative path inside the site, such as rules, without '..' or a leading '/'."));
            lists = d.wordLists();
        }
        Map<String, String> masking = m.map("masking").map(YamlMap::asStringMap).orElse(Map.of());
        String maskChar = m.stringOr("mask-char", "*");
        Map<String, String> severities = m.map("rules").map(YamlMap::asStringMap).orElse(Map.of());
        m.node("rules").ifPresent(n -> {
            if (n instanceof MappingNode mn) {
                for (NodeTuple t : mn.getValue()) {
                    if (t.getValueNode() instanceof ScalarNode v && !SEVERITIES.contains(v.getValue())) {
                        m.sink().error("config.severity", m.pos(v), Text.of("规则级别“" + v.getValue() + "”无效。",
                                "Rule level '" + v.getValue() + "' is not valid."),
                                Text.of("可用：off、info、warning、blocker。", "Use off, info, warning or blocker."));
                    }
                }
            }
        });
        String indexNoPattern = indexNoPattern(m, d.indexNoPattern());
        int delay = m.integer("external-delay-ms").orElse(d.externalDelayMs());
        if (delay < 0) {
            m.sink().error("config.external-delay", m.keyPos("external-delay-ms"), Text.of("“external-delay-ms”不能为负数。",
                    "'external-delay-ms' cannot be negative."), Text.of("例如 1000（1 秒）。", "For example 1000 (1 s)."));
            delay = d.externalDelayMs();
        }
        m.rejectUnknown();
        return new ChecksConfig(reprint, deny, superior, types, maxMb, titleMax, lists, masking,
                maskChar.isEmpty() ? '*' : maskChar.charAt(0), severities, indexNoPattern, delay);
    }
}
