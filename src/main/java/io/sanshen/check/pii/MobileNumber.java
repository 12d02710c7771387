package io.sanshen.check.pii;

/**
 * Mainland China mobile number: 11 digits starting 1[3-9] with a three-digit prefix actually allocated to a carrier
 * (China Mobile, Unicom, Telecom, Broadnet and virtual operators; IoT-only 14x data ranges excluded). Accepts a
 * {@code +86}, {@code 86-} or {@code 0086} prefix and 3-4-4 grouping with one consistent space or hyphen.
 */
public final class MobileNumber {
    private static final boolean[] PREFIXES = new boolean[200];

    static {
        int[] allocated = {130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 145, 147, 149, 150, 151, 152, 153, 155,
            156, 157, 158, 159, 162, 165, 166, 167, 170, 171, 172, 173, 175, 176, 177, 178, 180, 181, 182, 183, 184,
            185, 186, 187, 188, 189, 190, 191, 192, 193, 195, 196, 197, 198, 199};
        for (int p : allocated) {
            PREFIXES[p] = true;
        }
    }

    private MobileNumber() {}

    /** Any accepted spelling (see class comment). */
    public static boolean isValid(CharSequence number) {
        String s = number.toString().strip();
        if (s.startsWith("+86")) {
            s = s.substring(3).strip();
        } else if (s.startsWith("0086")) {
            s = s.substring(4).strip();
        } else if (s.startsWith("86-") || s.startsWith("86 ")) {
            s = s.substring(3);
        }
        if (s.startsWith("-")) {
            s = s.substring(1);
        }
        if (s.length() == 13) {
            char sep = s.charAt(3);
            if ((sep != ' ' && sep != '-') || s.charAt(8) != sep) {
                return false;
            }
            s = s.substring(0, 3) + s.substring(4, 8) + s.substring(9);
        }
        return isValidNational(s);
    }

    /** Exactly 11 digits with an allocated prefix. */
    public static boolean isValidNational(CharSequence digits) {
        if (digits.length() != 11 || !Digits.allDigits(digits, 0, 11)) {
            return false;
        }
        int prefix = Digits.value(digits.charAt(0)) * 100 + Digits.value(digits.charAt(1)) * 10
                + Digits.value(digits.charAt(2));
        return prefix < 200 && PREFIXES[prefix];
    }
}
