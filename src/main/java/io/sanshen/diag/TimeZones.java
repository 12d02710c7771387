package io.sanshen.diag;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one time zone of the product: portals, deadlines, expiry dates and the ledger all count days in China
 * Standard Time, whatever the zone of the machine that runs the build.
 */
public final class TimeZones {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private TimeZones() {
    }

    /** Today's date in China. */
    public static LocalDate todayInChina() {
        return LocalDate.now(CHINA);
    }
}
