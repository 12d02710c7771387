package io.sanshen.yaml;

import io.sanshen.diag.Findings;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** Composes one YAML document into a node tree with limits; syntax errors become findings with positions. */
public final class SafeYaml {
    /** Far above any real config or front matter; stops billion-laughs and pathological input. */
    static final int MAX_ALIASES = 20;
    static final int MAX_NESTING = 20;
    static final int MAX_CODE_POINTS = 2 * 1024 * 1024;

    private static final Resolver RESOLVER = new Resolver();

    private SafeYaml() {
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        return options;
    }

    /**
     * @param lineOffset added to every reported line (front matter starts after the opening {@code ---})
     * @return the root node, or empty when the text is empty or broken (then {@code sink} holds why)
     */
    public static Optional<Node> compose(String text, String path, int lineOffset, Findings sink) {
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            sink.error("yaml.too-large", new SourcePos(path, 1 + lineOffset, 1),
                    Text.of("YAML 内容过大（超过 2M 字符）。", "YAML text is too large (over 2M characters)."),
                    Text.of("拆分文件或删除多余内容。", "Split the file or remove content."));
            return Optional.empty();
        }
        LoaderOptions options = options();
        try {
            // Composer directly, not new Yaml(): the facade builds a constructor and representer that composing never
            // uses, for each of 100,000 front matters. The resolver only reads its tables, so one is shared.
            return Optional.ofNullable(new Composer(new ParserImpl(new StreamReader(text), options), RESOLVER, options)
                    .getSingleNode());
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePos pos = mark == null ? new SourcePos(path, 1 + lineOffset, 1)
                    : new SourcePos(path, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            sink.error("yaml.syntax", pos, Text.of("YAML 语法错误：" + describe(problem, true),
                            "YAML syntax error: " + describe(problem, false)),
                    Text.of("检查该位置的缩进、冒号后的空格和引号是否成对。",
                            "Check indentation, the space after ':' and matching quotes at this position."));
        } catch (YAMLException e) {
            sink.error("yaml.syntax", new SourcePos(path, 1 + lineOffset, 1),
                    Text.of("YAML 无法读取：" + e.getMessage(), "YAML cannot be read: " + e.getMessage()),
                    Text.of("简化该文件的结构（不要使用锚点、别名或过深的嵌套）。",
                            "Simplify the file (no anchors, aliases or deep nesting)."));
        }
        return Optional.empty();
    }

    private static String describe(String problem, boolean chinese) {
        if (problem == null) {
            return "";
        }
        if (chinese && problem.startsWith("found duplicate key")) {
            return "重复的键" + problem.substring("found duplicate key".length());
        }
        if (chinese && problem.contains("mapping values are not allowed here")) {
            return "此处不允许出现键值对（可能缺少缩进或值中含有未加引号的冒号）";
        }
        return problem;
    }
}
