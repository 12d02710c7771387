package io.sanshen.content.attachment;

/** Why an attachment could not be checked completely, with a bilingual title. */
public enum ProblemKind {
    TOO_LARGE("文件超过检查大小上限", "file exceeds the size limit for checking"),
    CORRUPT("文件已损坏或格式无法识别", "file is corrupt or its format is not recognised"),
    UNSAFE_ARCHIVE("压缩结构异常（疑似压缩炸弹），已停止解析", "suspicious compression (possible zip bomb), parsing stopped"),
    TEXT_TRUNCATED("提取的文字超过上限，其余部分未检查", "extracted text exceeds the limit, the rest was not checked"),
    PAGES_TRUNCATED("页数超过上限，其余页未检查", "page count exceeds the limit, later pages were not checked"),
    NO_TEXT("未能提取到文字（可能是扫描件），需人工检查", "no text could be extracted (maybe a scan), check by hand"),
    PART_UNREADABLE("文件的某一部分无法读取", "a part of the file could not be read"),
    UNSUPPORTED("不支持检查此类文件的内容，需人工检查", "the content of this file type is not checked, check by hand");

    private final String zh;
    private final String en;

    ProblemKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Title in Simplified Chinese, or English for {@code "en"}. */
    public String title(String lang) {
        return "en".equalsIgnoreCase(lang) ? en : zh;
    }
}
