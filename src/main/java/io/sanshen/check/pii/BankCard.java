package io.sanshen.check.pii;

/**
 * Payment card number: 16–19 digits (15 for American Express), Luhn check, and an issuer prefix seen on cards in
 * China: 62 and 60 UnionPay/domestic, 4 Visa, 51–55 and 2221–2720 MasterCard, 35 JCB, 34/37 Amex, 9558/9559 old
 * domestic debit cards. Spaces and hyphens between groups are ignored.
 */
public final class BankCard {
    private BankCard() {}

    public static boolean isValid(CharSequence number) {
        String d = Digits.normalize(number);
        if (d == null || d.indexOf('X') >= 0) {
            return false;
        }
        int n = d.length();
        boolean amex = d.startsWith("34") || d.startsWith("37");
        boolean lengthOk = amex ? n == 15 : n >= 16 && n <= 19;
        return lengthOk && hasKnownIssuerPrefix(d) && Luhn.isValid(d);
    }

    /** Whether the leading digits belong to an issuer range listed in the class comment. */
    public static boolean hasKnownIssuerPrefix(String digits) {
        if (digits.length() < 4) {
            return false;
        }
        int two = Integer.parseInt(digits, 0, 2, 10);
        int four = Integer.parseInt(digits, 0, 4, 10);
        return two == 62 || two == 60 || digits.charAt(0) == '4' || (two >= 51 && two <= 55)
                || (four >= 2221 && four <= 2720) || two == 35 || two == 34 || two == 37
                || four == 9558 || four == 9559;
    }
}
