package io.sanshen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.testkit.Cli;
import io.sanshen.testkit.SiteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String ITEMS = """
            -- content/news/good.md --
            ---
            title: 区政府召开常务会议
            index-no: 11320199014170123X/2026-00001
            publisher: 区政府办公室
            source: 区政府办公室
            date: 2026-05-22
            topic: 综合政务
            genre: 工作动态
            category: 政务动态
            ---
            会议研究部署近期工作。
            -- content/notices/warned.md --
            ---
            title: 区政府召开专题会议。
            index-no: 11320199014170123X/2026-00002
            publisher: 区政府办公室
            source: 区政府办公室
            date: 2026-05-22
            topic: 综合政务
            genre: 工作动态
            category: 政务动态
            ---
            会议研究部署近期工作。
            """;
    private static final String BLOCKED = """
            -- content/news/blocked.md --
            ---
            title: 关于调整工作安排的通知
            index-no: 11320199014170123X/2026-00003
            publisher: 区政府办公室
            source: 区政府办公室
            date: 2026-05-22
            topic: 综合政务
            genre: 通知
            doc-no: 测政办发(2026)3号
            category: 政务动态
            ---
            工作安排如下。
            """;

    @TempDir
    Path site;

    @BeforeEach
    void writeSite() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG + ITEMS);
    }

    @Test
    void warningsArePrintedButExitZero() {
        Cli r = Cli.run("check", "--site", site.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("content/notices/warned.md:2:8: 警告 [format.title] 标题末尾有标点“。”。")
                .endsWith("共检查 2 条信息：阻断 0 个，警告 1 个，提示 0 个。\n");
    }

    @Test
    void blockersExitOneInEveryFormat() throws Exception {
        SiteFiles.write(site, BLOCKED);
        Cli text = Cli.run("check", "--site", site.toString(), "--lang", "en");
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).contains("content/news/blocked.md:9:9: blocker [format.doc-no]", "Fix: Write '测政办发〔2026〕3号'.");
        Cli github = Cli.run("check", "--site", site.toString(), "--format", "github");
        assertThat(github.exit()).isEqualTo(1);
        assertThat(github.out()).contains("::error file=content/news/blocked.md,line=9,col=9,title=阻断 [format.doc-no]::");
        Path sarif = site.resolve("out.sarif");
        assertThat(Cli.run("check", "--site", site.toString(), "--format", "sarif", "--output", sarif.toString()).exit()).isEqualTo(1);
        assertThat(Files.readString(sarif)).contains("\"version\": \"2.1.0\"", "\"ruleId\": \"format.doc-no\"");
    }

    @Test
    void anItemWithAFrontMatterErrorStillHasItsTextChecked() throws Exception {
        SiteFiles.write(site, """
                -- content/news/secret.md --
                ---
                title: 区政府召开专题会议
                index-no: 11320199014170123X/2026-00004
                publisher: 区政府办公室
                source: 区政府办公室
                date: 2026-05-22
                topic: 综合正务
                genre: 工作动态
                category: 政务动态
                ---
                秘密★1年

                会议研究部署近期工作。
                -- content/news/broken.md --
                ---
                title: [区政府召开专题会议
                ---
                秘密★1年
                """);
        Cli r = Cli.run("check", "--site", site.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(1);
        // both in one run: the editor does not fix the topic only to meet the secrecy mark next
        assertThat(r.out()).contains("content/news/secret.md:7:8: blocker [content.vocabulary]",
                "content/news/secret.md:11:1: blocker [secrecy.mark]");
        // front matter that does not parse: where the body starts is unknown, so only the YAML error is reported
        assertThat(r.out()).contains("content/news/broken.md:3:1: blocker [yaml.syntax]")
                .doesNotContain("content/news/broken.md:5:1");
    }

    @Test
    void pathsLimitTheItemsChecked() throws Exception {
        SiteFiles.write(site, BLOCKED);
        Cli r = Cli.run("check", "--site", site.toString(), "--format", "json", "content/notices");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"itemsChecked\": 1,").doesNotContain("blocked.md");
    }

    @Test
    void listsRulesAndRejectsUnknownFormatsAndBrokenConfig() throws Exception {
        Cli list = Cli.run("check", "--site", site.toString(), "--list-rules");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("secrecy.mark\t", "format.index-no-unique\t", "statistics.total-row\t");
        assertThat(Cli.run("check", "--site", site.toString(), "--format", "xml").exit()).isEqualTo(2);
        Files.writeString(site.resolve("site-config.yml"), "site: [\n");
        assertThat(Cli.run("check", "--site", site.toString()).exit()).isEqualTo(2);
    }

    @Test
    void helpIsLocalized() {
        assertThat(Cli.run("check", "--help").out()).contains("--external", "访问外部链接");
        assertThat(Cli.run("check", "--help", "--lang", "en").out()).contains("Fetch external links");
    }

    @Test
    void fixMaskMasksIdNumbersInAPublishedListThenChecksClean() throws Exception {
        Files.writeString(site.resolve("content/news/list.md"), """
                ---
                title: 2026年公益性岗位拟录用人员公示
                index-no: 11320199014170123X/2026-00009
                publisher: 区政府办公室
                source: 区政府办公室
                date: 2026-05-22
                topic: 综合政务
                genre: 工作动态
                category: 政务动态
                ---
                | 姓名 | 身份证号 |
                |---|---|
                | 王小明 | 11010519491231002X |
                """);
        Cli blocked = Cli.run("check", "content/news/list.md", "--site", site.toString());
        assertThat(blocked.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(blocked.out()).contains("privacy.id-number");
        Cli fixed = Cli.run("check", "content/news/list.md", "--fix", "mask", "--site", site.toString());
        assertThat(fixed.err()).contains("-| 王小明 | 11010519491231002X |", "+| 王小明 | 1101**********002X |");
        assertThat(fixed.exit()).as(fixed.out()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(site.resolve("content/news/list.md"))).contains("1101**********002X")
                .doesNotContain("11010519491231002X");
        assertThat(Cli.run("check", "--fix", "bogus", "--site", site.toString()).exit()).isEqualTo(ExitCodes.USAGE);
    }
}
