package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.CheckEngine;
import io.sanshen.check.Rule;
import io.sanshen.check.RuleRegistry;
import io.sanshen.check.SiteRule;
import io.sanshen.config.ConfigLoader;
import io.sanshen.config.ConfigResult;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.WorkTreeSource;
import io.sanshen.diag.Finding;
import io.sanshen.testkit.SiteFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Loads a real site from files in a temp dir and runs rules over it through the real engine. */
final class RuleSites {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private RuleSites() {
    }

    /** Writes {@link SiteFiles#CONFIG} plus {@code txtar} under {@code dir} and loads it. */
    static CheckContext site(Path dir, String txtar) throws IOException {
        SiteFiles.write(dir, SiteFiles.CONFIG);
        SiteFiles.write(dir, txtar);
        return load(dir, false);
    }

    static CheckContext load(Path dir, boolean external) throws IOException {
        ConfigResult config = ConfigLoader.load(dir);
        if (config.config().isEmpty()) {
            throw new IllegalStateException("config does not load: " + config.findings());
        }
        ContentLoader.Result content = new ContentLoader(config.config().get()).load(new WorkTreeSource(dir));
        if (content.hasErrors()) {
            throw new IllegalStateException("content does not load: " + content.findings());
        }
        return new CheckContext(content.content(), dir, TODAY, external);
    }

    static List<Finding> item(CheckContext ctx, String id, Function<CheckContext, Rule> rule) {
        return new CheckEngine(new RuleRegistry().item(id, rule)).run(ctx).findings();
    }

    static List<Finding> site(CheckContext ctx, String id, Function<CheckContext, SiteRule> rule) {
        return new CheckEngine(new RuleRegistry().site(id, rule)).run(ctx).findings();
    }

    /** An item file with minimal valid front matter. */
    static String item(String path, String title, String body) {
        return "-- " + path + " --\n---\ntitle: " + title + "\ndate: 2026-05-01\ngenre: 工作动态\n---\n" + body + "\n";
    }
}
