package io.sanshen.check.pii;

import java.util.Locale;
import java.util.Set;

/**
 * Finds personal e-mail addresses: an address fires only near a personal name, never when it is a government
 * mailbox ({@code .gov.cn}), a role mailbox ({@code bgs@}, {@code xxgk@} …) or follows a public-contact word.
 */
final class EmailDetector {
    /** Local parts of office and role mailboxes commonly published by government bodies. */
    private static final Set<String> ROLE_LOCALS = Set.of("bgs", "xxgk", "zwgk", "gk", "office", "admin", "info",
            "service", "contact", "webmaster", "xf", "xfb", "xfj", "jb", "jubao", "tousu", "ts", "zx", "zxts", "hr",
            "rsc", "dzb", "tg", "tougao", "news", "press", "mail", "postmaster", "gkb", "xcb", "zzb", "jjjc", "jw",
            "kefu", "hotline", "support", "bangongshi", "zfxxgk", "xxgkb", "jdjb", "12345");

    private final Evidence ev;

    EmailDetector(Evidence ev) {
        this.ev = ev;
    }

    /** Handles the {@code @} at {@code at}; returns where scanning continues. */
    int at(ScanState s, int at) {
        String t = s.text;
        int start = at;
        while (start > 0 && Email.isLocalChar(t.charAt(start - 1))) {
            start--;
        }
        int end = at + 1;
        while (end < t.length() && Email.isDomainChar(t.charAt(end))) {
            end++;
        }
        while (end > at + 1 && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == '-')) {
            end--;
        }
        if (start == at || end == at + 1 || (start > 0 && ev.isMask(t.charAt(start - 1)))) {
            return end;
        }
        String value = t.substring(start, end);
        if (!Email.isValid(value) || isOffice(value) || ev.before(ev.publicWords, t, start)
                || !ev.nameNear(t, start, end)) {
            return end;
        }
        s.add(start, end, PiiKind.EMAIL, ev.level(PiiKind.EMAIL, s.inList(start)), "pii.email");
        return end;
    }

    private static boolean isOffice(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        int at = lower.indexOf('@');
        String domain = lower.substring(at + 1);
        String local = lower.substring(0, at);
        return domain.endsWith(".gov.cn") || domain.equals("gov.cn") || ROLE_LOCALS.contains(local);
    }
}
