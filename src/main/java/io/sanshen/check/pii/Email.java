package io.sanshen.check.pii;

/**
 * E-mail address, the practical subset seen in published text: local part of {@code [A-Za-z0-9._%+-]} (no leading,
 * trailing or doubled dot), {@code @}, dot-separated domain labels of letters, digits and inner hyphens, and an
 * alphabetic top-level label of at least two letters.
 */
public final class Email {
    private Email() {}

    public static boolean isValid(CharSequence address) {
        String s = address.toString();
        int at = s.indexOf('@');
        if (at < 1 || at != s.lastIndexOf('@') || s.length() > 254 || at > 64) {
            return false;
        }
        return validLocal(s.substring(0, at)) && validDomain(s.substring(at + 1));
    }

    static boolean isLocalChar(char c) {
        return Digits.isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%' || c == '+'
                || c == '-';
    }

    static boolean isDomainChar(char c) {
        return Digits.isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }

    private static boolean validLocal(String local) {
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        return local.chars().allMatch(c -> isLocalChar((char) c));
    }

    private static boolean validDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")
                    || !label.chars().allMatch(c -> isDomainChar((char) c) && c != '.')) {
                return false;
            }
        }
        String tld = labels[labels.length - 1];
        return tld.length() >= 2 && tld.chars().allMatch(c -> Digits.isAsciiLetter((char) c));
    }
}
