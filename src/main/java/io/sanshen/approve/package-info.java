/**
 * Recording a reviewer's decision (同意, 退回, 失效): the checks an approval must pass first (no blocker in the
 * items' committed bytes), the key it is signed with (a key file, with its passphrase, or the git signing setup) and
 * the reviewer that key belongs to. The command line ({@code approve}, {@code reject}, {@code withdraw}) and the
 * browser desk both call {@link io.sanshen.approve.Decisions}, so they write the same signed record and refuse the
 * same things with the same messages.
 *
 * <p>Allowed imports: diag, yaml, config, content, check, review, review.signature.
 */
package io.sanshen.approve;
