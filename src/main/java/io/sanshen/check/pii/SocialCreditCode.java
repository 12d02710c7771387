package io.sanshen.check.pii;

/**
 * Unified social credit code of an organisation (统一社会信用代码, GB 32100-2015): 18 characters from a 31-symbol
 * alphabet without I, O, Z, S, V; positions 9–17 are the organisation code (GB 11714) and the last character is a
 * mod-31 check. Organisation codes are public, so a valid one is never personal information.
 */
public final class SocialCreditCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private SocialCreditCode() {}

    /** 18 symbols of the alphabet (upper case) with a correct check character. */
    public static boolean isValid(CharSequence code) {
        if (code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return code.charAt(17) == checkChar(code.subSequence(0, 17));
    }

    /** The check character for the first 17 symbols. */
    public static char checkChar(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 symbols: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a GB 32100 symbol: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Valid code whose embedded organisation code (positions 9–17) also passes GB 11714. */
    public static boolean isValidWithOrganizationCode(CharSequence code) {
        return isValid(code) && OrganizationCode.isValid(code.subSequence(8, 17));
    }
}
