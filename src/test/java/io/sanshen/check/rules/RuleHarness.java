package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.check.SiteRule;
import io.sanshen.config.ConfigLoader;
import io.sanshen.config.ConfigResult;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.Markdown;
import io.sanshen.content.WorkTreeSource;
import io.sanshen.diag.Finding;
import io.sanshen.testkit.SiteFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads a real site (the test config plus the given files) through the real config and content loaders, and runs
 * one rule over its items. {@link ItemText} writes a complete, valid item so each test states only what differs.
 */
final class RuleHarness {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private RuleHarness() {
    }

    static CheckContext context(Path dir, String files, boolean external) throws IOException {
        SiteFiles.write(dir, SiteFiles.CONFIG + files);
        ConfigResult config = ConfigLoader.load(dir);
        if (!config.ok()) {
            throw new AssertionError("config: " + config.findings());
        }
        ContentLoader.Result loaded = new ContentLoader(config.config().orElseThrow()).load(new WorkTreeSource(dir));
        if (loaded.hasErrors()) {
            throw new AssertionError("content: " + loaded.findings());
        }
        return new CheckContext(loaded.content(), dir, TODAY, external);
    }

    static List<Finding> run(Path dir, Function<CheckContext, Rule> factory, String files) throws IOException {
        CheckContext ctx = context(dir, files, false);
        return run(ctx, factory.apply(ctx));
    }

    static List<Finding> run(CheckContext ctx, Rule rule) {
        List<Finding> out = new ArrayList<>();
        ctx.site().items().forEach(i -> rule.check(new ItemDocument(i, Markdown.parse(i.body())), out::add));
        Collections.sort(out);
        return out;
    }

    static List<Finding> runSite(Path dir, Function<CheckContext, SiteRule> factory, String files) throws IOException {
        CheckContext ctx = context(dir, files, false);
        List<ItemDocument> docs = ctx.site().items().stream().map(i -> new ItemDocument(i, Markdown.parse(i.body()))).toList();
        List<Finding> out = new ArrayList<>();
        factory.apply(ctx).check(docs, out::add);
        Collections.sort(out);
        return out;
    }

    /** "line:col severity rule" of each finding, for compact assertions. */
    static List<String> where(List<Finding> findings) {
        return findings.stream().map(f -> f.pos().line() + ":" + f.pos().column() + " " + f.severity().id() + " "
                + f.ruleId()).toList();
    }

    /**
     * A valid news item at {@code content/news/<slug>.md}. Fields are written in this order, one per line from
     * line 2: title, index-no, publisher, source, created, date, topic, genre, category, disclosure, then extras.
     */
    static final class ItemText {
        private final Map<String, String> fields = new LinkedHashMap<>();
        private String extra = "";
        private String body = "区政府召开会议，研究部署近期重点工作。\n";
        private String path = "content/news/a.md";

        ItemText() {
            fields.put("title", "区政府召开常务会议");
            fields.put("index-no", "11320199014170123X/2026-00001");
            fields.put("publisher", "区政府办公室");
            fields.put("source", "区政府办公室");
            fields.put("created", "2026-05-20");
            fields.put("date", "2026-05-22");
            fields.put("topic", "综合政务");
            fields.put("genre", "工作动态");
            fields.put("category", "政务动态");
            fields.put("disclosure", "主动公开");
        }

        static ItemText item() {
            return new ItemText();
        }

        ItemText with(String field, String value) {
            fields.put(field, value);
            return this;
        }

        ItemText without(String field) {
            fields.remove(field);
            return this;
        }

        /** YAML lines appended after the fields (nested maps such as reprint). */
        ItemText extra(String yaml) {
            extra = yaml.endsWith("\n") ? yaml : yaml + "\n";
            return this;
        }

        ItemText body(String text) {
            body = text;
            return this;
        }

        ItemText at(String repoPath) {
            path = repoPath;
            return this;
        }

        /** The file line the body starts on. */
        int bodyLine() {
            return fields.size() + (int) extra.chars().filter(c -> c == '\n').count() + 3;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("-- ").append(path).append(" --\n---\n");
            fields.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
            return sb.append(extra).append("---\n").append(body).append(body.endsWith("\n") ? "" : "\n").toString();
        }
    }
}
