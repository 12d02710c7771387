package io.sanshen.render;

/** What a render produced: HTML pages and all files (pages, feeds, copies of attachments and assets). */
public record RenderStats(int pages, int files) {
}
