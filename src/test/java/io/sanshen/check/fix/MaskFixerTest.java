package io.sanshen.check.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.check.pii.PiiPolicy;
import io.sanshen.check.pii.PiiScanner;
import io.sanshen.config.ConfigLoader;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.Item;
import io.sanshen.content.WorkTreeSource;
import io.sanshen.testkit.Cli;
import io.sanshen.testkit.SiteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaskFixerTest {
    static final String ID = "11010519491231002X";
    static final String ITEM = """
            -- content/news/a.md --
            ---
            title: 关于张三（%s）的公示
            date: 2026-05-01
            ---
            联系人：张三，联系电话：13800138000。

            `13800138000` 咨询电话：13912345678。
            """.formatted(ID);

    @TempDir
    Path dir;

    private List<Item> load() throws Exception {
        SiteConfig config = ConfigLoader.load(dir).config().orElseThrow();
        return new ContentLoader(config).load(new WorkTreeSource(dir)).content().items();
    }

    @Test
    void masksBodyAndTitleInPlaceAndReturnsTheDiff() throws Exception {
        SiteFiles.write(dir, SiteFiles.CONFIG + ITEM);
        MaskFixer fixer = new MaskFixer(new PiiScanner(PiiPolicy.defaults(), LocalDate.of(2026, 11, 20)));
        MaskFixer.FileFix fix = fixer.fix(dir, load().get(0), false).orElseThrow();
        assertThat(fix.masked()).isEqualTo(2);
        assertThat(fix.diff()).isEqualTo("""
                --- a/content/news/a.md
                +++ b/content/news/a.md
                @@ line 2 @@
                -title: 关于张三（11010519491231002X）的公示
                +title: 关于张三（1101**********002X）的公示
                @@ line 5 @@
                -联系人：张三，联系电话：13800138000。
                +联系人：张三，联系电话：138****8000。
                """);
        String after = Files.readString(dir.resolve("content/news/a.md"));
        assertThat(after).contains("`13800138000` 咨询电话：13912345678。");
        assertThat(fixer.fix(dir, load().get(0), false)).isEmpty();
    }

    @Test
    void dryRunLeavesTheFileAndUsesTheSiteStyle() throws Exception {
        SiteFiles.write(dir, SiteFiles.CONFIG + "checks:\n  masking: {id: \"6,0\"}\n  mask-char: \"#\"\n" + ITEM);
        String before = Files.readString(dir.resolve("content/news/a.md"));
        MaskFixer fixer = MaskFixer.forSite(ConfigLoader.load(dir).config().orElseThrow().checks(), LocalDate.of(2026, 11, 20));
        List<MaskFixer.FileFix> fixes = fixer.fixAll(dir, load(), true);
        assertThat(fixes).singleElement().satisfies(f -> assertThat(f.diff()).contains("110105############").contains("138####8000"));
        assertThat(Files.readString(dir.resolve("content/news/a.md"))).isEqualTo(before);
    }

    @Test
    void maskCommandPrintsTheDiffAndRewritesOnlySelectedPaths() throws Exception {
        SiteFiles.write(dir, SiteFiles.CONFIG + ITEM + ITEM.replace("content/news/a.md", "content/notices/b.md"));
        Cli dry = Cli.run("mask", "--site", dir.toString(), "--dry-run", "content/news");
        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).contains("+++ b/content/news/a.md").doesNotContain("notices").contains("预计脱敏 2 处");
        assertThat(Files.readString(dir.resolve("content/news/a.md"))).contains("13800138000。");
        Cli real = Cli.run("mask", "--site", dir.toString(), "--lang", "en");
        assertThat(real.out()).contains("Masked 4 value(s) in 2 file(s).");
        assertThat(Files.readString(dir.resolve("content/notices/b.md"))).contains("138****8000");
    }
}
