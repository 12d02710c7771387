package io.sanshen.check.pii;

import java.time.LocalDate;

/**
 * Finds ID, mobile and bank card numbers: a bounded run of digits (not glued to letters, digits, decimals or an
 * e-mail address), including {@code 138-1234-5678}, {@code +86 138…} and {@code 6222 0212 3456 7890 123}
 * groupings, is validated by checksum and then judged by its context.
 */
final class NumberDetector {
    private final Evidence ev;
    private final LocalDate today;

    NumberDetector(Evidence ev, LocalDate today) {
        this.ev = ev;
        this.today = today;
    }

    /** Handles the word run starting at {@code i}; returns where scanning continues. */
    int at(ScanState s, int i) {
        String t = s.text;
        int j = i;
        boolean digits = true;
        while (j < t.length() && Digits.isWordChar(t.charAt(j))) {
            digits &= Digits.isDigit(t.charAt(j));
            j++;
        }
        if (!boundedLeft(t, i) || !boundedRight(t, j)) {
            return j;
        }
        if (digits) {
            return digitRun(s, i, j);
        }
        char last = t.charAt(j - 1);
        if (j - i == 18 && Digits.allDigits(t, i, i + 17) && (last == 'X' || last == 'x')) {
            idNumber(s, i, j);
        }
        return j;
    }

    private int digitRun(ScanState s, int i, int j) {
        String t = s.text;
        int len = j - i;
        if (len == 2 && t.startsWith("86", i) && j + 1 < t.length() && (t.charAt(j) == '-' || t.charAt(j) == ' ')) {
            int m = mobileAt(t, j + 1);
            if (m > 0) {
                mobile(s, j + 1, m);
                return m;
            }
        }
        if (len == 3 || len == 4) {
            int g = len == 3 ? grouped(t, i) : cardGroups(t, i);
            if (g > 0) {
                if (len == 3) {
                    mobile(s, i, g);
                } else {
                    bankCard(s, i, g);
                }
                return g;
            }
        }
        if (len == 13 && i > 0 && t.charAt(i - 1) == '+' && t.startsWith("86", i)) {
            mobile(s, i + 2, j);
        } else if (len == 11) {
            mobile(s, i, j);
        } else if ((len == 15 || len == 18) && ResidentId.isValid(t.substring(i, j), today)) {
            idNumber(s, i, j);
        } else if (len >= 15 && len <= 19) {
            bankCard(s, i, j);
        }
        return j;
    }

    private void idNumber(ScanState s, int start, int end) {
        String t = s.text;
        String value = t.substring(start, end);
        if (ev.touchesMask(t, start, end) || !ResidentId.isValid(value, today)) {
            return;
        }
        // An organisation's code is public; early codes fail the check, so their label decides.
        String upper = value.toUpperCase(java.util.Locale.ROOT);
        if (ev.before(ev.creditWords, t, start) || SocialCreditCode.isValidWithOrganizationCode(upper)) {
            return;
        }
        boolean list = s.inList(start);
        s.add(start, end, PiiKind.ID_NUMBER, PiiLevel.BLOCKER, list ? "pii.id_number.list" : "pii.id_number");
    }

    private void mobile(ScanState s, int start, int end) {
        String t = s.text;
        String digits = Digits.normalize(t.subSequence(start, end));
        if (ev.touchesMask(t, start, end) || digits == null || !MobileNumber.isValidNational(digits)
                || ev.beforeList(ev.publicWords, t, start)) {
            return;
        }
        boolean named = ev.nameNear(t, start, end);
        if (!named && ev.beforeList(ev.officeWords, t, start)) {
            return;
        }
        boolean list = s.inList(start);
        String reason = list ? "pii.mobile.list" : named ? "pii.mobile.named" : "pii.mobile";
        s.add(start, end, PiiKind.MOBILE, ev.level(PiiKind.MOBILE, list), reason);
    }

    private void bankCard(ScanState s, int start, int end) {
        String t = s.text;
        if (ev.touchesMask(t, start, end) || !BankCard.isValid(t.substring(start, end))) {
            return;
        }
        int ls = Evidence.lineStart(t, start);
        int le = Evidence.lineEnd(t, end);
        boolean row = Evidence.isTableRow(t, ls);
        int from = row ? ls : Math.max(ls, start - 40);
        int to = row ? le : Math.min(le, end + 30);
        boolean named = ev.nameNear(t, start, end);
        if (ev.corporateWords.anyWithin(t, from, to)
                || (!named && ev.corporateWeakWords.anyWithin(t, from, to) && ev.organizationIn(t, from, to))
                || ev.before(ev.numberWords, t, start)) {
            return;
        }
        if (named || ev.bankWords.anyWithin(t, from, to) || s.inList(start)) {
            s.add(start, end, PiiKind.BANK_CARD, PiiLevel.BLOCKER, "pii.bank_card");
        }
    }

    /** End of an 11-digit run or a 3-4-4 group at {@code q}, or -1. */
    private static int mobileAt(String t, int q) {
        int run = digitsAt(t, q);
        if (run == 11) {
            return boundedRight(t, q + 11) ? q + 11 : -1;
        }
        return run == 3 ? grouped(t, q) : -1;
    }

    /** {@code 138-1234-5678} or {@code 138 1234 5678}, one separator throughout. */
    private static int grouped(String t, int i) {
        int a = i + 3;
        if (a >= t.length() || (t.charAt(a) != '-' && t.charAt(a) != ' ') || digitsAt(t, a + 1) != 4) {
            return -1;
        }
        int b = a + 5;
        if (b >= t.length() || t.charAt(b) != t.charAt(a) || digitsAt(t, b + 1) != 4) {
            return -1;
        }
        int end = b + 5;
        return boundedRight(t, end) && !continuesGroups(t, end) ? end : -1;
    }

    /** Four-digit groups with one separator, the last group 1–4 digits, 16–19 digits in all. */
    private static int cardGroups(String t, int i) {
        int pos = i + 4;
        int total = 4;
        char sep = 0;
        while (pos + 1 < t.length() && (t.charAt(pos) == ' ' || t.charAt(pos) == '-')
                && (sep == 0 || t.charAt(pos) == sep)) {
            int run = digitsAt(t, pos + 1);
            if (run < 1 || run > 4) {
                break;
            }
            sep = t.charAt(pos);
            pos += 1 + run;
            total += run;
            if (run < 4) {
                break;
            }
        }
        boolean ok = total >= 16 && total <= 19 && boundedRight(t, pos) && !continuesGroups(t, pos);
        return ok ? pos : -1;
    }

    private static boolean continuesGroups(String t, int end) {
        return end + 1 < t.length() && t.charAt(end) == '-' && Digits.isDigit(t.charAt(end + 1));
    }

    private static int digitsAt(String t, int q) {
        int i = q;
        while (i < t.length() && Digits.isDigit(t.charAt(i))) {
            i++;
        }
        return i < t.length() && Digits.isWordChar(t.charAt(i)) ? -1 : i - q;
    }

    private static boolean boundedLeft(String t, int i) {
        if (i == 0) {
            return true;
        }
        char c = t.charAt(i - 1);
        return c != '@' && !(c == '.' && i >= 2 && Digits.isWordChar(t.charAt(i - 2)));
    }

    private static boolean boundedRight(String t, int j) {
        if (j >= t.length()) {
            return true;
        }
        char c = t.charAt(j);
        return c != '@' && !Digits.isWordChar(c)
                && !(c == '.' && j + 1 < t.length() && Digits.isWordChar(t.charAt(j + 1)));
    }
}
