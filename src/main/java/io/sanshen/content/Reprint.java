package io.sanshen.content;

import java.time.LocalDate;

/** 转载: where a reprinted item comes from. Any field may be empty when the author left it out. */
public record Reprint(String site, String url, LocalDate date) {
}
