package io.sanshen.check.text;

/**
 * One char away from a canonical name, yet another real name, not a slip: the same place at another
 * administrative level (海南州人民政府 — the Tibetan autonomous prefecture in Qinghai — beside 海南省人民政府, 吉林市 beside
 * 吉林省), or another national statute (中华人民共和国水法 beside 中华人民共和国刑法, 体育法 beside 教育法). A near miss
 * is a blocker, and a blocker on a correct name teaches editors to ignore blockers, so these are let go; a slip
 * elsewhere in the name (海南省人民正府, 中华人民工和国刑法, 刑发) is still reported.
 */
final class SiblingName {
    /** Chars that name an administrative level after a place name. */
    private static final String LEVELS = "省市县区州盟旗镇乡";
    private static final String NATIONAL_PREFIX = "中华人民共和国";
    private static final char STATUTE = '法';

    private SiblingName() {
    }

    /** Whether {@code chars[s, s + len)} differs from phrase {@code p} in one char that makes it another name. */
    static boolean isSibling(char[] chars, int s, int len, char[] p) {
        int m = p.length;
        if (len != m) {
            return false;
        }
        int at = -1;
        for (int i = 0; i < m; i++) {
            if (chars[s + i] != p[i]) {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        return at >= 0 && (otherLevel(p[at], chars[s + at]) || otherStatute(p, at));
    }

    private static boolean otherLevel(char canonical, char found) {
        return LEVELS.indexOf(canonical) >= 0 && LEVELS.indexOf(found) >= 0;
    }

    /** 中华人民共和国 + subject + 法, the one char changed inside the subject. */
    private static boolean otherStatute(char[] p, int at) {
        int m = p.length;
        return p[m - 1] == STATUTE && new String(p, 0, Math.min(m, NATIONAL_PREFIX.length())).equals(NATIONAL_PREFIX)
                && at >= NATIONAL_PREFIX.length() && at < m - 1;
    }
}
