package io.sanshen.content;

import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Findings;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.yaml.SafeYaml;
import io.sanshen.yaml.Suggest;
import io.sanshen.yaml.YamlMap;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Decodes front matter (English or Chinese keys) into {@link FrontMatter}, checking vocabularies from config. */
public final class FrontMatterReader {
    private final SiteConfig config;

    public FrontMatterReader(SiteConfig config) {
        this.config = config;
    }

    public Optional<FrontMatter> read(FrontMatterSplitter parts, String path, Findings sink) {
        return map(parts, path, sink).map(m -> decode(m, new SourcePos(path, parts.yamlFirstLine(), 1)));
    }

    /**
     * The facts review, status and ledger need ({@link ItemFacts}), read from the same YAML map with the same field
     * accessors as {@link #read}, without the checks of the other fields (a history holds many versions).
     */
    Optional<ItemFacts> facts(FrontMatterSplitter parts, String path) {
        Findings problems = new Findings();
        return map(parts, path, problems).map(m -> {
            Optional<Boolean> important = important(m);
            boolean unclear = important.isEmpty() && m.has(FLAG_NAMES.get(0), FLAG_NAMES.get(1));
            return new ItemFacts(m.stringOr("title", "", "标题"), m.stringOr("source", "", "信息来源"),
                    important.orElse(false) || unclear, draft(m), date(m), m.has("reprint", "转载"));
        });
    }

    private static Optional<YamlMap> map(FrontMatterSplitter parts, String path, Findings sink) {
        int offset = parts.yamlFirstLine() - 1;
        Optional<Node> root = SafeYaml.compose(parts.yaml(), path, offset, sink);
        if (root.isEmpty()) {
            if (parts.yaml().isBlank()) {
                missingTitle(path, parts.yamlFirstLine(), sink);
            }
            return Optional.empty();
        }
        return YamlMap.of(root.get(), path, offset, sink, Text.of("头部信息（front matter）", "Front matter"));
    }

    /** Every name of the two flags, English and Chinese ({@link ItemFacts#flagsOf} relies on this list). */
    static final java.util.List<String> FLAG_NAMES = java.util.List.of("important", "重要信息", "draft", "草稿");

    // the fields that decide review and publication, read the same way by read() and facts()
    private static Optional<Boolean> important(YamlMap m) {
        return m.bool(FLAG_NAMES.get(0), FLAG_NAMES.get(1));
    }

    private static boolean draft(YamlMap m) {
        return m.bool(FLAG_NAMES.get(2), FLAG_NAMES.get(3)).orElse(false);
    }

    private static Optional<LocalDateTime> date(YamlMap m) {
        return m.dateTime("date", "发布日期", "发布时间");
    }

    private FrontMatter decode(YamlMap m, SourcePos first) {
        Map<String, SourcePos> pos = new HashMap<>();
        String[][] names = {{"title", "标题"}, {"index-no", "索引号"}, {"publisher", "发布机构"}, {"source", "信息来源"},
            {"created", "成文日期", "产生时间"}, {"date", "发布日期", "发布时间"}, {"doc-no", "文号"}, {"topic", "主题分类"},
            {"genre", "体裁分类"}, {"category", "组配分类"}, {"disclosure", "公开属性"}, {"reprint", "转载"},
            {"expires", "失效日期"}, {"attachments", "附件"}, {"important", "重要信息"}};
        for (String[] n : names) {
            m.valuePos(n[0], java.util.Arrays.copyOfRange(n, 1, n.length)).ifPresent(p -> pos.put(n[0], p));
        }
        String title = m.required("title", Text.of("标题", "title"), "标题").orElse("");
        Optional<LocalDateTime> date = date(m);
        if (date.isEmpty() && !m.has("date", "发布日期", "发布时间")) {
            m.required("date", Text.of("发布日期", "publication date"), "发布日期", "发布时间");
        }
        boolean hasTime = m.string("date", "发布日期", "发布时间").map(s -> s.contains(":")).orElse(false);
        String topic = vocab(m, "topic", config.vocabularies().topics(), Text.of("主题分类", "topic"), "主题分类");
        String genre = vocab(m, "genre", config.vocabularies().genres(), Text.of("体裁分类", "genre"), "体裁分类");
        String category = vocab(m, "category", config.vocabularies().categories(), Text.of("组配分类", "category"), "组配分类");
        Disclosure disclosure = m.string("disclosure", "公开属性").map(s -> Disclosure.parse(s).orElseGet(() -> {
            m.sink().error("content.disclosure", pos.get("disclosure"), Text.of("公开属性“" + s + "”无效。",
                    "Disclosure '" + s + "' is not valid."), Text.of("可用：主动公开、依申请公开、不予公开。",
                    "Use 主动公开, 依申请公开 or 不予公开."));
            return Disclosure.PROACTIVE;
        })).orElse(Disclosure.PROACTIVE);
        Reprint reprint = m.map("reprint", "转载").map(r -> {
            Reprint rp = new Reprint(r.stringOr("site", "", "来源网站"), r.stringOr("url", "", "原文链接"),
                    r.date("date", "转载时间").orElse(null));
            r.rejectUnknown();
            return rp;
        }).orElse(null);
        List<AttachmentRef> attachments = attachments(m);
        FrontMatter fm = new FrontMatter(title, m.stringOr("index-no", "", "索引号"), m.stringOr("publisher", "", "发布机构"),
                m.stringOr("source", "", "信息来源"), m.date("created", "成文日期", "产生时间").orElse(null),
                date.orElse(null), hasTime, m.stringOr("doc-no", "", "文号"), topic, genre, category, disclosure,
                important(m).orElse(false), reprint, m.date("expires", "失效日期").orElse(null),
                draft(m), attachments, m.strings("tags", "标签"),
                m.stringOr("summary", "", "摘要"), m.stringOr("author", "", "作者"), pos);
        m.rejectUnknown();
        return fm;
    }

    private static String vocab(YamlMap m, String key, Collection<String> allowed, Text what, String alias) {
        Optional<String> v = m.string(key, alias);
        if (v.isPresent() && !allowed.isEmpty() && !allowed.contains(v.get())) {
            Text fix = Suggest.closest(v.get(), allowed).map(g -> Text.of("你是不是想写“" + g + "”？", "Did you mean '" + g + "'?"))
                    .orElse(Text.of("可用：" + String.join("、", allowed) + "（在 site-config.yml 的 vocabularies 中配置）。",
                            "Known values: " + String.join(", ", allowed) + " (configured under vocabularies in site-config.yml)."));
            m.sink().error("content.vocabulary", m.valuePos(key, alias).orElse(m.keyPos(key)),
                    Text.of(what.zh() + "“" + v.get() + "”不在分类表中。", "The " + what.en() + " '" + v.get()
                            + "' is not in the vocabulary."), fix);
        }
        return v.orElse("");
    }

    private static List<AttachmentRef> attachments(YamlMap m) {
        List<AttachmentRef> out = new ArrayList<>();
        for (Node n : m.list("attachments", "附件")) {
            if (n instanceof ScalarNode s) {
                out.add(new AttachmentRef(s.getValue().strip(), s.getValue().strip(), m.pos(n)));
                continue;
            }
            m.child(n, Text.of("附件", "An attachment")).ifPresent(a -> {
                String file = a.required("file", Text.of("附件文件名", "attachment file"), "文件").orElse("");
                out.add(new AttachmentRef(file, a.stringOr("title", file, "名称", "标题"), m.pos(n)));
                a.rejectUnknown();
            });
        }
        return out;
    }

    static void missingTitle(String path, int line, Findings sink) {
        sink.error("content.front-matter", new SourcePos(path, line, 1),
                Text.of("头部信息（front matter）是空的。", "The front matter is empty."),
                Text.of("至少填写 title 和 date。", "Give at least title and date."));
    }
}
