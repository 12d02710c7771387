package io.sanshen.config;

import io.sanshen.diag.Text;
import io.sanshen.yaml.YamlMap;

/** Reads the {@code site:} section. */
final class SiteSectionReader {
    private SiteSectionReader() {
    }

    static SiteInfo read(YamlMap m) {
        String title = m.required("title", Text.of("网站名称", "site title")).orElse("");
        String baseUrl = m.required("base-url", Text.of("网站地址", "site address")).orElse("https://example.gov.cn/");
        if (!baseUrl.matches("https?://[^/\\s]+(/.*)?")) {
            m.sink().error("config.base-url", m.keyPos("base-url"),
                    Text.of("base-url 必须是以 http:// 或 https:// 开头的完整网址。",
                            "base-url must be an absolute http(s) address."),
                    Text.of("例如 https://www.example.gov.cn/", "For example https://www.example.gov.cn/"));
        }
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        String siteCode = m.stringOr("site-code", "");
        if (!siteCode.isEmpty() && !siteCode.matches("[0-9A-Za-z]{10}")) {
            m.sink().error("config.site-code", m.keyPos("site-code"),
                    Text.of("网站标识码应为 10 位。", "The site identification code (网站标识码) has 10 characters."),
                    Text.of("从全国政府网站信息报送系统中复制网站标识码，并加引号。",
                            "Copy the code from the national government website registry and quote it."));
        }
        SiteInfo.Contact contact = m.map("contact").map(c -> {
            SiteInfo.Contact ct = new SiteInfo.Contact(c.stringOr("phone", ""), c.stringOr("email", ""),
                    c.stringOr("address", ""), c.stringOr("postcode", ""));
            c.rejectUnknown();
            return ct;
        }).orElse(new SiteInfo.Contact("", "", "", ""));
        int perPage = m.integer("items-per-page").orElse(20);
        if (perPage < 1 || perPage > 500) {
            m.sink().error("config.items-per-page", m.keyPos("items-per-page"),
                    Text.of("items-per-page 应在 1 到 500 之间。", "items-per-page must be between 1 and 500."),
                    Text.of("常用 20。", "20 is usual."));
            perPage = 20;
        }
        SiteInfo info = new SiteInfo(title, m.stringOr("title-en", title), baseUrl, m.stringOr("language", "zh-CN"),
                siteCode, m.stringOr("icp", ""), m.stringOr("police-record", ""), m.stringOr("police-record-code", ""),
                m.stringOr("sponsor", title), contact, m.stringOr("error-report-url", ""), perPage);
        m.rejectUnknown();
        return info;
    }
}
