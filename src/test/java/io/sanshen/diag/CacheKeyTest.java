package io.sanshen.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the cache key comes from, and every key file that could be known or replaced by others being refused. */
class CacheKeyTest {
    private static final byte[] SECRET = HexFormat.of().parseHex("00112233445566778899aabbccddeeff0123");

    @TempDir
    Path tmp;

    @Test
    void aKeyFileIsMadeOwnerOnlyOnFirstUseAndThenKept() throws Exception {
        Path file = tmp.resolve("cache/sanshen/cache-key");
        CacheKey.Outcome first = CacheKey.file(file);
        assertThat(first.key()).isPresent();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(mac(CacheKey.file(file))).isEqualTo(mac(first));
        assertThat(tmp.resolve("cache/sanshen").toFile().list()).containsExactly("cache-key");
    }

    @Test
    void aKeyFileOthersMayReadOrWriteIsRefused() throws Exception {
        Path file = tmp.resolve("cache-key");
        CacheKey.file(file);
        for (String mode : new String[] {"rw-r--r--", "rw--w----", "rw----r--", "rw-rw-rw-"}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            CacheKey.Outcome o = CacheKey.file(file);
            assertThat(o.key()).as(mode).isEmpty();
            assertThat(o.refusal().orElseThrow().zh()).contains("chmod 600");
        }
    }

    @Test
    void aLinkedKeyFileIsRefused() throws Exception {
        Path real = tmp.resolve("real-key");
        CacheKey.file(real);
        Path link = Files.createSymbolicLink(tmp.resolve("cache-key"), real);
        CacheKey.Outcome o = CacheKey.file(link);
        assertThat(o.key()).isEmpty();
        assertThat(o.refusal().orElseThrow().en()).contains("symbolic link");
    }

    @Test
    void aKeyFileWithoutAKeyIsRefused() throws Exception {
        Path file = tmp.resolve("cache-key");
        Files.writeString(file, "short\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(CacheKey.file(file).key()).isEmpty();
    }

    @Test
    void aKeyIsReadAsHexOrBase64OfSixteenBytesOrMore() throws Exception {
        CacheKey.Outcome hex = CacheKey.secret(HexFormat.of().formatHex(SECRET));
        assertThat(mac(CacheKey.secret(Base64.getEncoder().encodeToString(SECRET)))).isEqualTo(mac(hex));
        assertThat(mac(CacheKey.secret(Base64.getUrlEncoder().withoutPadding().encodeToString(SECRET))))
                .isEqualTo(mac(hex));
        assertThat(CacheKey.secret("00112233").key()).isEmpty();
        assertThat(CacheKey.secret("not a key at all!").refusal().orElseThrow().en()).contains(CacheKey.ENV);
    }

    @Test
    void theHmacIsJavaxCryptosHmacSha256() throws Exception {
        java.util.Random random = new java.util.Random(13);
        for (int keyLength : new int[] {16, 32, 63, 64, 65, 200}) {
            byte[] key = new byte[keyLength];
            random.nextBytes(key);
            byte[] data = new byte[random.nextInt(5000)];
            random.nextBytes(data);
            javax.crypto.Mac jce = javax.crypto.Mac.getInstance("HmacSHA256");
            jce.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            CacheKey.Hmac ours = CacheKey.secret(HexFormat.of().formatHex(key)).key().orElseThrow().mac();
            int cut = data.length / 3;
            ours.update(data, 0, cut);
            ours.update(data[cut == data.length ? 0 : cut]);
            jce.update(data, 0, cut);
            jce.update(data[cut == data.length ? 0 : cut]);
            ours.update(java.util.Arrays.copyOfRange(data, Math.min(cut + 1, data.length), data.length));
            jce.update(data, Math.min(cut + 1, data.length), data.length - Math.min(cut + 1, data.length));
            assertThat(ours.doFinal()).as("key of %d bytes", keyLength).isEqualTo(jce.doFinal());
        }
    }

    private static byte[] mac(CacheKey.Outcome o) {
        CacheKey.Hmac mac = o.key().orElseThrow().mac();
        mac.update("payload".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return mac.doFinal();
    }
}
