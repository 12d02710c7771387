package io.sanshen.config;

import io.sanshen.diag.SourcePos;
import io.sanshen.review.signature.ReviewerKey;

/**
 * A registered reviewer key and where it was written: inline SSH text or an OpenPGP file, parsed at load time.
 *
 * @param key    the parsed key
 * @param source the SSH line as written, or the repository path of the armored OpenPGP file
 * @param pos    position of the entry in site-config.yml
 */
public record KeySpec(ReviewerKey key, String source, SourcePos pos) {
}
