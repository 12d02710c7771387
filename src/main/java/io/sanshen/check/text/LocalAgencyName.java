package io.sanshen.check.text;

/**
 * Local-level names of a ministry's counterpart: 人力资源和社会保障部 is the ministry, 吉林省人力资源和社会保障厅,
 * 长春市人力资源和社会保障局, 州住房和城乡建设委 or 镇人力资源和社会保障办 are correct names of provincial, city or
 * township bodies, not slips. Such a name differs from the ministry only in its last char, so a one-edit search
 * would report it; it stays a slip only under a national prefix (中华人民共和国退役军人事务局, 国家住房和城乡建设局),
 * where no local body can stand.
 */
final class LocalAgencyName {

    /** The last char of a ministry's name (国务院组成部门). */
    private static final char MINISTRY = '部';
    /** Last chars of local counterparts: 厅 (province), 局 (city, county), 委 and 办 (where merged or small). */
    private static final String LOCAL_SUFFIXES = "厅局委办";
    /** Prefixes in front of which only the ministry itself can stand (normalized text). */
    private static final String[] NATIONAL_PREFIXES = {"中华人民共和国", "国家"};

    private LocalAgencyName() {
    }

    /**
     * Whether {@code chars[s, s + len)} is ministry phrase {@code p} with its 部 replaced by a local suffix and no
     * national prefix before it.
     */
    static boolean isLocalForm(char[] chars, int s, int len, char[] p) {
        int m = p.length;
        if (len != m || p[m - 1] != MINISTRY || LOCAL_SUFFIXES.indexOf(chars[s + m - 1]) < 0) {
            return false;
        }
        for (int i = 0; i < m - 1; i++) {
            if (chars[s + i] != p[i]) {
                return false;
            }
        }
        return !nationalPrefixBefore(chars, s);
    }

    private static boolean nationalPrefixBefore(char[] chars, int s) {
        for (String prefix : NATIONAL_PREFIXES) {
            int from = s - prefix.length();
            if (from >= 0 && new String(chars, from, prefix.length()).equals(prefix)) {
                return true;
            }
        }
        return false;
    }
}
