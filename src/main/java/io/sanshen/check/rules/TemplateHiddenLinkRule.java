package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.LineMap;
import io.sanshen.check.SiteRule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** 暗链 in the site's templates ({@code templates/*.ftlh}), which shape every page, reported at template:line. */
public final class TemplateHiddenLinkRule implements SiteRule {
    public static final String ID = "link.hidden-template";
    private final Path siteRoot;

    public TemplateHiddenLinkRule(CheckContext ctx) {
        this.siteRoot = ctx.siteRoot();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("模板中隐藏的链接（暗链）", "Hidden links in the page templates");
    }

    @Override
    public boolean readsItems() {
        return false;
    }

    @Override
    public void check(List<ItemDocument> docs, Consumer<Finding> out) {
        Path dir = siteRoot.resolve("templates");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".ftlh")).sorted().toList()) {
                check(siteRoot.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates in " + dir, e);
        }
    }

    static void check(String path, String text, Consumer<Finding> out) {
        LineMap lines = new LineMap(text);
        for (HiddenLinks.Hit hit : HiddenLinks.find(text)) {
            int line = lines.lineIndex(hit.offset());
            out.accept(new Finding(ID, Severity.BLOCKER, new SourcePos(path, line + 1, lines.column(hit.offset())), 0,
                    HiddenLinkRule.message(hit), HiddenLinkRule.fix(), lines.line(line).strip()));
        }
    }
}
