package io.sanshen.config;

import io.sanshen.diag.SourcePos;

/**
 * One place the site is deployed to: a folder on this machine ({@code host} empty) or a folder on a server reached
 * over SSH/SFTP with a key. {@code hostKey} pins the server's public host key (OpenSSH line): a server that shows
 * another key is refused, never trusted on first use.
 *
 * @param path the deploy root; releases go to {@code path/releases/<id>/} and {@code path/current} is the link the web
 *             server serves
 */
public record DeployTarget(String name, String host, int port, String user, String path, String hostKey,
                           SourcePos pos) {
    /** True for a target reached over SSH. */
    public boolean remote() {
        return !host.isEmpty();
    }
}
