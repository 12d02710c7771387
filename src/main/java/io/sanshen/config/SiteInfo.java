package io.sanshen.config;

/** Site identity as shown in every page footer and in the government CMS meta tags. */
public record SiteInfo(String title, String titleEn, String baseUrl, String language, String siteCode, String icp,
                       String policeRecord, String policeRecordCode, String sponsor, Contact contact,
                       String errorReportUrl, int itemsPerPage) {

    /** 联系方式 of the sponsor. */
    public record Contact(String phone, String email, String address, String postcode) {
    }

    /** The site's domain, as government CMS pages put it in {@code <meta name="SiteDomain">}. */
    public String domain() {
        String s = baseUrl.replaceFirst("^https?://", "");
        int slash = s.indexOf('/');
        return slash < 0 ? s : s.substring(0, slash);
    }
}
