package io.sanshen.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.config.ConfigLoader;
import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Finding;
import io.sanshen.testkit.SiteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    @TempDir
    Path dir;

    private ContentLoader.Result load(String files) throws Exception {
        SiteFiles.write(dir, SiteFiles.CONFIG + files);
        SiteConfig config = ConfigLoader.load(dir).config().orElseThrow();
        return new ContentLoader(config).load(new WorkTreeSource(dir));
    }

    private static Finding only(ContentLoader.Result r, String rule) {
        List<Finding> fs = r.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertThat(fs).as(r.findings().toString()).hasSize(1);
        return fs.get(0);
    }

    @Test
    void keepsEveryFindingPastAThousand() throws Exception {
        StringBuilder files = new StringBuilder();
        for (int i = 0; i < 1_200; i++) {
            files.append("-- content/no-such-column/x").append(i).append(".md --\n---\ntitle: 第").append(i)
                    .append("条\n---\n正文\n");
        }
        ContentLoader.Result r = load(files.toString());
        assertThat(r.findings()).hasSize(1_200).allMatch(f -> f.ruleId().equals("content.unknown-column"));
    }

    @Test
    void readsEnglishAndChineseKeysAlike() throws Exception {
        ContentLoader.Result r = load("""
                -- content/news/a.md --
                ---
                title: 英文键
                date: 2026-05-01 09:30
                genre: 工作动态
                ---
                正文
                -- content/news/b.md --
                ---
                标题: 中文键
                发布时间: 2026-05-02
                体裁分类: 工作动态
                公开属性: 主动公开
                转载: {来源网站: 中国政府网, 原文链接: "https://www.gov.cn/a.htm", 转载时间: 2026-05-02}
                ---
                正文
                """);
        assertThat(r.findings()).isEmpty();
        Item b = r.content().items().get(0);
        assertThat(b.title()).isEqualTo("中文键");
        assertThat(b.meta().reprint().site()).isEqualTo("中国政府网");
        assertThat(b.bodyLine()).isEqualTo(8);
        Item a = r.content().items().get(1);
        assertThat(a.meta().dateHasTime()).isTrue();
        assertThat(a.url()).isEqualTo("news/a.html");
    }

    @Test
    void reportsGbkFileNamingTheEncoding() throws Exception {
        SiteFiles.write(dir, SiteFiles.CONFIG);
        Files.createDirectories(dir.resolve("content/news"));
        Files.write(dir.resolve("content/news/gbk.md"), "---\ntitle: 区政府召开会议\ndate: 2026-01-01\n---\n".getBytes("GBK"));
        Finding f = only(new ContentLoader(ConfigLoader.load(dir).config().orElseThrow()).load(new WorkTreeSource(dir)),
                "content.encoding");
        assertThat(f.pos().toString()).isEqualTo("content/news/gbk.md:2:8");
        assertThat(f.message().zh()).contains("GBK");
        assertThat(f.fix().zh()).contains("UTF-8");
    }

    @Test
    void refusesSymlinksThatLeaveTheRepository() throws Exception {
        Path outside = Files.writeString(Files.createTempFile("secret", ".md"), "---\ntitle: x\ndate: 2026-01-01\n---\n");
        SiteFiles.write(dir, SiteFiles.CONFIG);
        Files.createDirectories(dir.resolve("content/news"));
        Files.createSymbolicLink(dir.resolve("content/news/link.md"), outside);
        ContentLoader.Result r = new ContentLoader(ConfigLoader.load(dir).config().orElseThrow()).load(new WorkTreeSource(dir));
        assertThat(only(r, "content.symlink").pos().path()).isEqualTo("content/news/link.md");
        assertThat(r.content().items()).isEmpty();
    }

    @Test
    void reportsItemsInAFolderThatIsNoColumn() throws Exception {
        ContentLoader.Result r = load("""
                -- content/nosuch/a.md --
                ---
                title: 无栏目
                date: 2026-01-01
                ---
                """);
        assertThat(only(r, "content.unknown-column").message().zh()).contains("content/nosuch");
    }

    @Test
    void reportsTwoItemsPublishingToTheSameAddress() throws Exception {
        ContentLoader.Result r = load("""
                -- content/news/a.md --
                ---
                title: 甲
                date: 2026-01-01
                ---
                -- content/news/a/index.md --
                ---
                title: 乙
                date: 2026-01-02
                ---
                """);
        // both stay offline: which of the two the editor meant is not for the build to guess
        assertThat(r.findings()).extracting(f -> f.ruleId() + " " + f.pos().path()).containsExactly(
                "content.duplicate-slug content/news/a.md", "content.duplicate-slug content/news/a/index.md");
        assertThat(r.findings().get(0).message().en()).contains("news/a.html", "'content/news/a/index.md'");
        assertThat(r.content().items()).isEmpty();
        assertThat(r.flawed()).hasSize(2);
    }

    @Test
    void reportsBrokenFrontMatterAtItsFileLine() throws Exception {
        ContentLoader.Result r = load("""
                -- content/news/a.md --
                ---
                title: 甲
                date: 2026-01-01
                tags: [未闭合
                ---
                """);
        Finding f = only(r, "yaml.syntax");
        assertThat(f.pos().path()).isEqualTo("content/news/a.md");
        assertThat(f.pos().line()).isBetween(4, 6);
    }

    @Test
    void reportsUnknownFieldWithSuggestionAndInvalidDate() throws Exception {
        ContentLoader.Result r = load("""
                -- content/news/a.md --
                ---
                title: 甲
                date: 2026-02-30
                pubisher: 区政府办公室
                ---
                """);
        assertThat(only(r, "yaml.unknown-key").fix().en()).isEqualTo("Did you mean 'publisher'?");
        assertThat(only(r, "yaml.unknown-key").pos().toString()).isEqualTo("content/news/a.md:4:1");
        assertThat(only(r, "yaml.date").pos().toString()).isEqualTo("content/news/a.md:3:7");
    }

    @Test
    void reportsValuesOutsideTheVocabularies() throws Exception {
        ContentLoader.Result r = load("""
                -- content/news/a.md --
                ---
                title: 甲
                date: 2026-01-01
                genre: 通告知
                topic: 综合正务
                ---
                """);
        assertThat(r.findings()).extracting(Finding::ruleId).containsOnly("content.vocabulary");
        assertThat(r.findings()).anyMatch(f -> f.fix().zh().contains("综合政务"));
    }

    @Test
    void reportsMissingAttachmentsAndAttachmentsOutsideContent() throws Exception {
        ContentLoader.Result r = load("""
                -- content/news/a/index.md --
                ---
                title: 甲
                date: 2026-01-01
                attachments:
                  - {file: 有.pdf, title: 有}
                  - {file: 无.pdf, title: 无}
                  - {file: ../../../site-config.yml, title: 越界}
                ---
                -- content/news/a/有.pdf --
                %PDF-1.4
                """);
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("content.attachment-missing",
                "content.attachment-missing");
        assertThat(r.findings().get(1).message().en()).contains("leaves content/");
    }

    @Test
    void requiresFrontMatter() throws Exception {
        ContentLoader.Result r = load("""
                -- content/news/a.md --
                # 没有头部信息
                """);
        assertThat(only(r, "content.front-matter").pos().toString()).isEqualTo("content/news/a.md:1:1");
    }

    @Test
    void bundleResourcesBelongToTheirItem() throws Exception {
        ContentLoader.Result r = load("""
                -- content/_index.md --
                ---
                title: 首页
                ---
                欢迎
                -- content/xxgk/rsxx/x/index.md --
                ---
                title: 任免
                date: 2026-01-01
                ---
                -- content/xxgk/rsxx/x/img/a.svg --
                <svg/>
                -- content/xxgk/logo.svg --
                <svg/>
                """);
        assertThat(r.findings()).isEmpty();
        Item x = r.content().items().get(0);
        assertThat(x.column().id()).isEqualTo("rsxx");
        assertThat(x.resources()).extracting(SourceFile::path).containsExactly("content/xxgk/rsxx/x/img/a.svg");
        assertThat(r.content().staticFiles()).extracting(SourceFile::path).containsExactly("content/xxgk/logo.svg");
        assertThat(r.content().intro("").orElseThrow().body()).contains("欢迎");
    }
}
