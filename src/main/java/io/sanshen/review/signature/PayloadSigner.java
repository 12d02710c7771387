package io.sanshen.review.signature;

import java.io.IOException;

/** Turns commit payload bytes into the armored signature stored in the commit's {@code gpgsig} header. */
@FunctionalInterface
interface PayloadSigner {
    String sign(byte[] payload) throws SigningException, IOException;
}
