package io.sanshen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.config.ConfigLoader;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.Item;
import io.sanshen.content.WorkTreeSource;
import io.sanshen.diag.TimeZones;
import io.sanshen.testkit.Cli;
import io.sanshen.testkit.SiteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    @TempDir
    Path site;

    @Test
    void createsAnItemWithCompleteFrontMatterThatLoadsCleanly() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG);
        Cli r = Cli.run("new", "notices", "关于开展安全生产检查的通知", "--site", site.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        String today = TimeZones.todayInChina().toString();
        Path file = site.resolve("content/notices/" + today + "-1.md");
        assertThat(r.out()).contains("已创建 content/notices/" + today + "-1.md");
        String text = Files.readString(file);
        assertThat(text).contains("index-no: 11320199014170123X/" + today.substring(0, 4) + "-00001",
                "publisher: 区政府办公室", "genre: 通知", "category: 政务动态", "disclosure: 主动公开", "draft: true",
                "date: " + today);
        ContentLoader.Result loaded = new ContentLoader(ConfigLoader.load(site).config().orElseThrow())
                .load(new WorkTreeSource(site));
        assertThat(loaded.findings()).isEmpty();
        Item item = loaded.content().items().get(0);
        assertThat(item.title()).isEqualTo("关于开展安全生产检查的通知");
        assertThat(item.meta().draft()).isTrue();
    }

    @Test
    void numbersTheNextItemOfTheSameDayAndIndexSequence() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG);
        Cli.run("new", "news", "甲", "--site", site.toString());
        Cli r = Cli.run("new", "news", "乙", "--site", site.toString(), "--bundle", "--lang", "en");
        String today = TimeZones.todayInChina().toString();
        assertThat(r.out()).contains("Created content/news/" + today + "-2/index.md");
        assertThat(Files.readString(site.resolve("content/news/" + today + "-2/index.md")))
                .contains("/" + today.substring(0, 4) + "-00002");
    }

    @Test
    void unknownColumnIsAUsageErrorListingTheColumns() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG);
        Cli r = Cli.run("new", "nosuch", "标题", "--site", site.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("没有栏目“nosuch”", "news（政务要闻）");
    }

    @Test
    void brokenConfigIsReportedWithPositionAndExitCode2() throws Exception {
        Files.writeString(site.resolve("site-config.yml"), "site:\n  titel: x\n");
        Cli r = Cli.run("new", "news", "标题", "--site", site.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("site-config.yml:2:3", "titel", "title");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli r = Cli.run("build", "--nosuch");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("命令行错误", "--nosuch");
    }

    @Test
    void helpIsChineseByDefaultAndEnglishOnRequest() {
        assertThat(Cli.run("--help").out()).contains("用法：", "命令：", "build", "退出码");
        assertThat(Cli.run("--help", "--lang", "en").out()).contains("Usage:", "Commands:", "Exit codes");
    }
}
