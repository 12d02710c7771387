package io.sanshen.content;

import io.sanshen.diag.SourcePos;

/** An attachment listed in front matter: the file beside the item and the title shown to readers. */
public record AttachmentRef(String file, String title, SourcePos pos) {
}
