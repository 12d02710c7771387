package io.sanshen.ledger;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The columns of the 审核台账, shared by every output format so that they always agree. */
final class LedgerColumns {
    static final List<String> HEADERS = List.of("时间", "操作", "审核级别", "信息路径", "信息标题", "签名人", "角色",
            "单位", "密钥指纹", "内容编号（blob）", "提交编号（commit）", "审核意见", "把关（五关）");
    /** Index of the time column, written as a real date where the format has dates. */
    static final int TIME = 0;
    /** Widths in characters, for the spreadsheet. */
    static final int[] WIDTHS = {20, 10, 10, 40, 30, 10, 16, 18, 52, 42, 42, 30, 22};
    static final List<String> IGNORED_HEADERS = List.of("提交编号（commit）", "信息路径", "原因", "详情");
    static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private LedgerColumns() {
    }

    static List<String> values(LedgerEntry e) {
        return List.of(e.localTime().format(TIME_FORMAT), e.action().label(), e.levelName(), e.path(), e.title(),
                e.signer(), e.role(), e.unit(), e.keyFingerprint(), e.blob().name(), e.commit().name(), e.opinion(),
                e.checksText());
    }

    static List<String> values(io.sanshen.review.IgnoredRecord i) {
        return List.of(i.commit().name(), i.path(), i.reason().text().zh(), i.detail().zh());
    }
}
