package io.sanshen.check.pii;

/** The Luhn (mod 10) checksum used by payment card numbers (ISO/IEC 7812). */
public final class Luhn {
    private Luhn() {}

    /** True when {@code digits} (at least two, digits only) passes the Luhn check. */
    public static boolean isValid(CharSequence digits) {
        int n = digits.length();
        if (n < 2 || !Digits.allDigits(digits, 0, n)) {
            return false;
        }
        return sum(digits, false) % 10 == 0;
    }

    /** The digit to append to {@code payload} so that the result passes. */
    public static int checkDigit(CharSequence payload) {
        if (payload.length() < 1 || !Digits.allDigits(payload, 0, payload.length())) {
            throw new IllegalArgumentException("need digits: " + payload);
        }
        return (10 - sum(payload, true) % 10) % 10;
    }

    private static int sum(CharSequence digits, boolean doubleLast) {
        int sum = 0;
        boolean dbl = doubleLast;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = Digits.value(digits.charAt(i));
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum;
    }
}
