package io.sanshen.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The secret that authenticates every file of {@code .sanshen-cache/} ({@link ChecksummedFile}): a cache file
 * decides what a build skips (a finding, a signature check), so one that anybody able to write the work tree could
 * forge must not be believed. The key lives outside the repository: {@value #ENV} (hex or base64, at least 16 bytes;
 * a CI secret), else a per-user file {@code $XDG_CACHE_HOME/sanshen/cache-key} ({@code ~/.cache/sanshen/cache-key}),
 * made on first use with mode 0600. A key file that others may read or write, a link, or one owned by someone else
 * is refused, and so is a bad {@value #ENV}: then there is no key and the caches stay in memory (the run is only
 * slower); the command line says why ({@link #refusal}). Tests choose the key with the system properties {@value #KEY_PROPERTY} (a
 * secret) or {@value #FILE_PROPERTY} (a key file) instead of changing the environment.
 */
public final class CacheKey {
    public static final String ENV = "SANSHEN_CACHE_KEY";
    public static final String KEY_PROPERTY = "sanshen.cache.key";
    public static final String FILE_PROPERTY = "sanshen.cache.keyFile";
    private static final int MIN_BYTES = 16;
    private static final Set<PosixFilePermission> OWNER_ONLY = Set.copyOf(PosixFilePermissions.fromString("rw-------"));

    private final byte[] secret;

    private CacheKey(byte[] secret) {
        this.secret = secret.clone();
    }

    /**
     * The key of this process's cache files, or empty when none can be had (then no cache file is used). Looked up on
     * every call (a few per run): a key file made readable to others since is refused from then on.
     */
    public static Optional<CacheKey> current() {
        return resolve(source()).key();
    }

    /**
     * Why there is no cache key, if there is none: the command line says it once per run
     * (caches stay in memory, the run is only slower).
     */
    public static Optional<Text> refusal() {
        return resolve(source()).refusal().map(why -> Text.of("提示：磁盘缓存已关闭，本次运行只是更慢（" + why.zh() + "）",
                "Note: disk caches are off; this run is only slower (" + why.en() + ")"));
    }

    /** A fresh HMAC-SHA256 under this key. */
    public Hmac mac() {
        return new Hmac(secret);
    }

    /**
     * HMAC-SHA256 (RFC 2104) over the JDK's SHA-256. Not {@code javax.crypto.Mac}: finding its provider loads the
     * TLS provider (SunJSSE) and the JCE, ~3 % of a one-file check that has no use for either. Checked against
     * {@code Mac} in {@code CacheKeyTest}.
     */
    public static final class Hmac {
        private static final int BLOCK = 64;
        private final byte[] outerPad = new byte[BLOCK];
        private final MessageDigest inner = Digests.sha256();

        private Hmac(byte[] secret) {
            byte[] key = secret.length > BLOCK ? Digests.sha256().digest(secret) : secret;
            byte[] innerPad = new byte[BLOCK];
            for (int i = 0; i < BLOCK; i++) {
                byte k = i < key.length ? key[i] : 0;
                innerPad[i] = (byte) (k ^ 0x36);
                outerPad[i] = (byte) (k ^ 0x5c);
            }
            inner.update(innerPad);
        }

        public void update(byte b) {
            inner.update(b);
        }

        public void update(byte[] bytes) {
            inner.update(bytes);
        }

        public void update(byte[] bytes, int offset, int length) {
            inner.update(bytes, offset, length);
        }

        /** The 32-byte MAC of everything given; the instance is used up. */
        public byte[] doFinal() {
            MessageDigest outer = Digests.sha256();
            outer.update(outerPad);
            return outer.digest(inner.digest());
        }
    }

    /** A key or why there is none. */
    record Outcome(Optional<CacheKey> key, Optional<Text> refusal) {
        static Outcome of(byte[] secret) {
            return new Outcome(Optional.of(new CacheKey(secret)), Optional.empty());
        }

        static Outcome refused(Text why) {
            return new Outcome(Optional.empty(), Optional.of(why));
        }
    }

    /** Where the key comes from, as one string: "secret:…" or "file:…" or "none:…". */
    private static String source() {
        String property = System.getProperty(KEY_PROPERTY);
        if (property != null) {
            return "secret:" + property;
        }
        String file = System.getProperty(FILE_PROPERTY);
        if (file != null) {
            return "file:" + file;
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return "secret:" + env;
        }
        return defaultFile().map(p -> "file:" + p).orElse("none:");
    }

    static Outcome resolve(String source) {
        String value = source.substring(source.indexOf(':') + 1);
        if (source.startsWith("secret:")) {
            return secret(value);
        }
        if (source.startsWith("file:")) {
            return file(Path.of(value));
        }
        return Outcome.refused(Text.of("找不到用户主目录（HOME），无法保存缓存密钥；可用环境变量 " + ENV + " 提供密钥",
                "no home directory (HOME) to keep the cache key in; " + ENV + " can provide one"));
    }

    private static Optional<Path> defaultFile() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "sanshen", "cache-key"));
        }
        String home = System.getenv("HOME");
        if (home == null || home.isBlank()) {
            home = System.getProperty("user.home");
        }
        return home != null && Path.of(home).isAbsolute() ? Optional.of(Path.of(home, ".cache", "sanshen", "cache-key"))
                : Optional.empty();
    }

    /** A secret given as hex or base64 text. */
    static Outcome secret(String text) {
        String s = text.strip();
        byte[] bytes = null;
        if (s.matches("(?:[0-9a-fA-F]{2})+")) {
            bytes = HexFormat.of().parseHex(s);
        } else {
            try {
                bytes = Base64.getMimeDecoder().decode(s.replace('-', '+').replace('_', '/'));
            } catch (IllegalArgumentException e) {
                bytes = null;
            }
        }
        if (bytes == null || bytes.length < MIN_BYTES) {
            return Outcome.refused(Text.of("环境变量 " + ENV + " 不是至少 " + MIN_BYTES + " 字节的十六进制或 Base64 密钥",
                    ENV + " is not a hex or base64 secret of at least " + MIN_BYTES + " bytes"));
        }
        return Outcome.of(bytes);
    }

    /** The key in {@code file}, made there when it does not exist yet. */
    static Outcome file(Path file) {
        try {
            PosixFileAttributes attrs;
            try {
                attrs = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                create(file);
                attrs = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            }
            Optional<Text> unsafe = unsafe(file, attrs);
            if (unsafe.isPresent()) {
                return Outcome.refused(unsafe.get());
            }
            byte[] bytes = Files.readAllBytes(file);
            Outcome read = secret(new String(bytes, StandardCharsets.US_ASCII));
            return read.key().isPresent() ? read : Outcome.refused(Text.of("缓存密钥文件 " + file + " 的内容不是密钥",
                    "the cache key file " + file + " holds no key"));
        } catch (UnsupportedOperationException e) {
            return Outcome.refused(Text.of("文件系统不支持 POSIX 权限，无法确认缓存密钥文件 " + file + " 只有本人可读；可用环境变量 "
                    + ENV + " 提供密钥", "the file system has no POSIX permissions, so the cache key file " + file
                    + " cannot be shown to be private; " + ENV + " can provide a key"));
        } catch (IOException e) {
            return Outcome.refused(Text.of("无法读取或创建缓存密钥文件 " + file + "：" + e,
                    "cannot read or create the cache key file " + file + ": " + e));
        }
    }

    /** Why the key in {@code file} could be known or replaced by others, if it could. */
    private static Optional<Text> unsafe(Path file, PosixFileAttributes attrs) {
        if (attrs.isSymbolicLink() || !attrs.isRegularFile()) {
            return Optional.of(Text.of("缓存密钥文件 " + file + " 是符号链接或不是普通文件",
                    "the cache key file " + file + " is a symbolic link or not a regular file"));
        }
        String me = System.getProperty("user.name");
        if (!attrs.owner().getName().equals(me)) {
            return Optional.of(Text.of("缓存密钥文件 " + file + " 属于用户 " + attrs.owner().getName() + "，不属于当前用户 " + me,
                    "the cache key file " + file + " belongs to " + attrs.owner().getName() + ", not to " + me));
        }
        if (!OWNER_ONLY.containsAll(attrs.permissions())) {
            String mode = PosixFilePermissions.toString(attrs.permissions());
            return Optional.of(Text.of("缓存密钥文件 " + file + " 的权限为 " + mode + "，其他用户可读或可写；请执行 chmod 600 " + file,
                    "the cache key file " + file + " has mode " + mode + ", so others may read or write it; run chmod 600 "
                    + file));
        }
        return Optional.empty();
    }

    /**
     * Writes a new random key to {@code file}, owner-only from the start. Two processes may do this at once: the key
     * is linked into place only if no file is there yet, so both use the same one.
     */
    private static void create(Path file) throws IOException {
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path tmp = Files.createTempFile(dir, "cache-key.", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.writeString(tmp, HexFormat.of().formatHex(secret) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.createLink(file, tmp);
            } catch (FileAlreadyExistsException e) {
                // another process was first: its key is the one
            } catch (UnsupportedOperationException e) {
                Files.move(tmp, file);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
