package io.sanshen.deploy;

import io.sanshen.config.DeployTarget;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHPosixRenameExtension;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * A deploy root on a server, over SFTP (Apache MINA SSHD, the SSH library JGit already brings). The server must
 * show the host key pinned in the config; the client logs in with the deploy key only. The switch of the
 * {@code current} link uses {@code posix-rename@openssh.com}, which is rename(2) on the server.
 */
final class SftpTarget implements Target {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final String root;
    private final SshClient client;
    private final ClientSession session;
    private final SftpClient sftp;

    private SftpTarget(String name, String root, SshClient client, ClientSession session, SftpClient sftp) {
        this.name = name;
        this.root = root;
        this.client = client;
        this.session = session;
        this.sftp = sftp;
    }

    /** Connects and logs in; the server's host key must be {@code target.hostKey()}. */
    static SftpTarget open(DeployTarget target, Path privateKey) throws IOException {
        PublicKey pinned;
        KeyPair identity;
        try {
            pinned = PublicKeyEntry.parsePublicKeyEntry(target.hostKey().strip()).resolvePublicKey(null, null, null);
            try (InputStream in = Files.newInputStream(privateKey)) {
                identity = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(privateKey.toString()), in, null)
                        .iterator().next();
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IOException("unusable key: " + e.getMessage(), e);
        }
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((s, address, key) -> KeyUtils.compareKeys(pinned, key));
        client.start();
        try {
            ClientSession session = client.connect(target.user(), target.host(), target.port()).verify(TIMEOUT).getSession();
            session.addPublicKeyIdentity(identity);
            session.auth().verify(TIMEOUT);
            SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
            return new SftpTarget(target.name(), target.path(), client, session, sftp);
        } catch (IOException | RuntimeException e) {
            client.stop();
            throw e;
        }
    }

    @Override
    public String describe() {
        return name + " (" + session.getUsername() + "@" + session.getConnectAddress() + ":" + root + ")";
    }

    private String at(String rel) {
        for (String seg : rel.split("/")) {
            if (seg.equals("..")) {
                throw new IllegalArgumentException("path leaves the deploy root: " + rel);
            }
        }
        return rel.isEmpty() || rel.equals(".") ? root : root + "/" + rel;
    }

    @Override
    public Optional<Kind> kind(String path) throws IOException {
        try {
            SftpClient.Attributes a = sftp.lstat(at(path));
            return Optional.of(a.isSymbolicLink() ? Kind.LINK : a.isDirectory() ? Kind.DIRECTORY
                    : a.isRegularFile() ? Kind.FILE : Kind.OTHER);
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<String> list(String dir) throws IOException {
        List<String> names = new ArrayList<>();
        try {
            if (!sftp.stat(at(dir)).isDirectory()) {
                return names;
            }
            for (SftpClient.DirEntry e : sftp.readDir(at(dir))) {
                if (!e.getFilename().equals(".") && !e.getFilename().equals("..")) {
                    names.add(e.getFilename());
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause(); // the listing is read lazily
        } catch (SftpException e) {
            if (e.getStatus() != SftpConstants.SSH_FX_NO_SUCH_FILE) {
                throw e;
            }
        }
        return names;
    }

    @Override
    public void mkdirs(String dir) throws IOException {
        mkdirsAbsolute(at(dir));
    }

    /** Creates {@code path} and its missing parents, asking the server about the deepest ones first. */
    private void mkdirsAbsolute(String path) throws IOException {
        try {
            if (!sftp.stat(path).isDirectory()) {
                throw new IOException(path + " is not a folder");
            }
        } catch (SftpException e) {
            if (e.getStatus() != SftpConstants.SSH_FX_NO_SUCH_FILE) {
                throw e;
            }
            int slash = path.lastIndexOf('/');
            if (slash > 0) {
                mkdirsAbsolute(path.substring(0, slash));
            }
            sftp.mkdir(path);
        }
    }

    @Override
    public void write(String path, InputStream in) throws IOException {
        try (OutputStream out = sftp.write(at(path))) {
            in.transferTo(out);
        }
    }

    @Override
    public InputStream read(String path) throws IOException {
        return sftp.read(at(path));
    }

    @Override
    public boolean hardLink(String existing, String link) throws IOException {
        try {
            sftp.link(at(existing), at(link), false);
            return true;
        } catch (UnsupportedOperationException | SftpException e) {
            return false;
        }
    }

    @Override
    public void symlink(String link, String target) throws IOException {
        try {
            sftp.symLink(at(link), target);
        } catch (SftpException e) {
            // OpenSSH's sftp-server takes the two arguments the other way round (see its PROTOCOL file); the
            // wrong order names an existing release folder as the link and fails, so trying both is safe
            sftp.symLink(target, at(link));
        }
        if (!readLink(link).map(t -> t.equals(target) || t.endsWith("/" + target)).orElse(false)) {
            throw new IOException("the server did not create the link " + link + " -> " + target);
        }
    }

    @Override
    public Optional<String> readLink(String path) throws IOException {
        if (kind(path).orElse(Kind.OTHER) != Kind.LINK) {
            return Optional.empty();
        }
        return Optional.of(sftp.readLink(at(path)));
    }

    @Override
    public void replace(String from, String to) throws IOException {
        OpenSSHPosixRenameExtension rename = sftp.getExtension(OpenSSHPosixRenameExtension.class);
        if (rename == null || !rename.isSupported()) {
            throw new IOException("the server does not offer posix-rename@openssh.com: no atomic switch possible");
        }
        rename.posixRename(at(from), at(to));
    }

    @Override
    public void delete(String path) throws IOException {
        Optional<Kind> kind = kind(path);
        if (kind.isEmpty()) {
            return;
        }
        if (kind.get() == Kind.DIRECTORY) {
            for (String name : list(path)) {
                delete(path + "/" + name);
            }
            sftp.rmdir(at(path));
        } else {
            sftp.remove(at(path));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            sftp.close();
            session.close();
        } finally {
            client.stop();
        }
    }
}
