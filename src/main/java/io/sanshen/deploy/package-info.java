/**
 * Deployment and tamper protection (网页防篡改) of a publishing build's output: {@link io.sanshen.deploy.Deployer}
 * uploads {@code public/} into a new release folder of each target (a local folder or a server over SFTP) and
 * switches the {@code current} link atomically; {@link io.sanshen.deploy.Guard} compares what is online with the
 * signed site manifest and puts the signed bytes back; {@link io.sanshen.deploy.NginxConfig} prints a server block.
 * Refusals are findings with a reason, like every other refusal.
 *
 * <p>Allowed imports: diag, yaml, config, content, review.signature, render, build, ledger.
 */
package io.sanshen.deploy;
