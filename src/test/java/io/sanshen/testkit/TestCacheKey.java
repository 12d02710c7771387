package io.sanshen.testkit;

import io.sanshen.diag.CacheKey;

/**
 * Runs a block of a test under another cache key (as another user, or an attacker with a key of their own), through
 * the system properties {@link CacheKey} reads before the environment; the test run's own key comes back on close.
 */
public final class TestCacheKey implements AutoCloseable {
    /** A key other than the test run's (pom.xml sets that one). */
    public static final String OTHER = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private final String key;
    private final String file;

    private TestCacheKey(String key, String file) {
        this.key = System.getProperty(CacheKey.KEY_PROPERTY);
        this.file = System.getProperty(CacheKey.FILE_PROPERTY);
        set(CacheKey.KEY_PROPERTY, key);
        set(CacheKey.FILE_PROPERTY, file);
    }

    /** The secret {@code hex} as the key, as {@code SANSHEN_CACHE_KEY} would give it. */
    public static TestCacheKey secret(String hex) {
        return new TestCacheKey(hex, null);
    }

    /** The key in (or made in) {@code file}, as the per-user key file would give it. */
    public static TestCacheKey file(java.nio.file.Path file) {
        return new TestCacheKey(null, file.toString());
    }

    @Override
    public void close() {
        set(CacheKey.KEY_PROPERTY, key);
        set(CacheKey.FILE_PROPERTY, file);
    }

    private static void set(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}
