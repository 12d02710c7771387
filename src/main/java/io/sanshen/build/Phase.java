package io.sanshen.build;

import io.sanshen.diag.Lang;

/** The named phases of a build, in the order they run. */
public enum Phase {
    OUTPUT("检查输出目录", "output"), REVIEW("审核状态", "review"), CONFIG("读取配置", "config"), FILES("读取模板和词表", "templates and word lists"),
    CONTENT("读取内容", "content"), CHECK("内容检查", "check"), SELECT("选择可发布信息", "select"),
    RENDER("生成页面", "render"), WRITE("写出站点", "write");

    private final String zh;
    private final String en;

    Phase(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }
}
