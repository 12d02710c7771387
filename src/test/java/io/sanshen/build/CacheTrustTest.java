package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.ChecksummedFile;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.testkit.Cli;
import io.sanshen.testkit.TestCacheKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .sanshen-cache/findings.bin} as an attacker who may write the work tree would forge it, against a real
 * signed site whose fully approved item carries a blocker: a publishing build, a {@code --no-review} build and a
 * one-file {@code sanshen check} all read that file, so a forged one must decide nothing — the item stays offline and
 * the check still fails. And a key file others may read means no disk cache at all.
 */
class CacheTrustTest {
    private static final String ITEM = "content/news/a.md";
    private static final String FINDINGS_KIND = "sanshen findings v1\n";

    @TempDir
    Path tmp;

    /** The rules that block the item (read from an uncached build). */
    private static List<String> BLOCKERS;

    private ReviewedSite s;
    private Path findings;

    @BeforeEach
    void approvedItemWithABlocker() throws Exception {
        s = new ReviewedSite(tmp.resolve("reviewed"));
        s.write("rules/banned.txt", "# 测试用禁用语\n测试禁用词甲乙\n");
        s.commitAll("word list");
        assertThat(s.approve("管理员戊", "admin", "rules/banned.txt").exit()).isZero();
        s.write(ITEM, ReviewedSite.item("稿件", ReviewedSite.TODAY, "正文写了测试禁用词甲乙。"));
        s.write("content/news/b.md", ReviewedSite.item("另一稿", ReviewedSite.TODAY, "普通的正文。"));
        s.commitAll("items");
        for (String path : List.of(ITEM, "content/news/b.md")) {
            for (int level = 1; level <= 3; level++) {
                s.recordDirectly(ReviewedSite.NAMES.get(level - 1), level, path, List.of());
            }
        }
        findings = s.root.resolve(BuildCaches.DIR).resolve("findings.bin");
        BLOCKERS = new SiteBuild(new BuildOptions(s.root, tmp.resolve("first"), false, false, ReviewedSite.TODAY,
                false)).run().findings().stream().filter(Finding::isBlocker).map(Finding::ruleId).distinct().toList();
        assertThat(BLOCKERS).isNotEmpty();
    }

    @Test
    void findingsWrittenUnderAnotherKeyDoNotLiftABlocker() throws Exception {
        try (TestCacheKey attacker = TestCacheKey.secret(TestCacheKey.OTHER)) {
            assertThat(publish().excluded()).extracting(Exclusion::path).containsExactly(ITEM);
            byte[] payload = ChecksummedFile.read(findings, FINDINGS_KIND).orElseThrow();
            ChecksummedFile.write(findings, FINDINGS_KIND, demoteBlockers(payload));
            assertThat(publish().excluded()).as("the forgery, where its key is trusted").isEmpty();
        }
        assertStillBlocked();
    }

    @Test
    void findingsEditedInPlaceDoNotLiftABlocker() throws Exception {
        assertThat(publish().excluded()).extracting(Exclusion::path).containsExactly(ITEM);
        // what anybody can do without the key: change the payload, keep every length, fix up any checksum
        Files.write(findings, demoteBlockers(Files.readAllBytes(findings)));
        assertStillBlocked();
    }

    @Test
    void aKeyFileOthersMayReadMeansNoDiskCache() throws Exception {
        Path key = tmp.resolve("home/.cache/sanshen/cache-key");
        try (TestCacheKey own = TestCacheKey.file(key)) {
            publish();
            assertThat(findings).exists();
            assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        Files.walk(s.root.resolve(BuildCaches.DIR)).sorted(java.util.Comparator.reverseOrder())
                .forEach(p -> p.toFile().delete());
        try (TestCacheKey exposed = TestCacheKey.file(key)) {
            BuildCaches caches = BuildCaches.forRun();
            publish(caches);
            assertThat(s.root.resolve(BuildCaches.DIR).toFile().list()).as("nothing written").isNull();
            assertThat(caches.work().checks()).as("everything checked").isEqualTo(6);
            Cli check = Cli.run("check", "--site", s.root.toString(), s.root.resolve("content/news/b.md").toString());
            assertThat(check.exit()).isZero();
            assertThat(check.err()).as("said once, with the fix").containsOnlyOnce("磁盘缓存已关闭")
                    .contains("chmod 600 " + key);
            assertThat(s.root.resolve(BuildCaches.DIR).toFile().list()).isNull();
        }
    }

    private void assertStillBlocked() throws Exception {
        List<Finding> honest = new SiteBuild(new BuildOptions(s.root, tmp.resolve("honest"), false, false,
                ReviewedSite.TODAY, false)).run().findings();
        BuildReport published = publish();
        assertThat(published.excluded()).extracting(Exclusion::path).containsExactly(ITEM);
        assertThat(published.findings()).isEqualTo(honest);
        BuildReport local = new SiteBuild(new BuildOptions(s.root, tmp.resolve("local"), false, false,
                ReviewedSite.TODAY, true), BuildCaches.forRun()).run();
        assertThat(local.excluded()).extracting(Exclusion::path).containsExactly(ITEM);
        Cli check = Cli.run("check", "--site", s.root.toString(), "--today", ReviewedSite.TODAY.toString(),
                s.root.resolve(ITEM).toString());
        assertThat(check.exit()).as(check.out() + check.err()).isEqualTo(1);
    }

    private BuildReport publish() throws Exception {
        return publish(BuildCaches.forRun());
    }

    /** A publishing build into an empty folder: into its last output, a build with nothing to do reads no cache. */
    private BuildReport publish(BuildCaches caches) throws Exception {
        Path out = s.out(false);
        if (Files.exists(out)) {
            try (var walk = Files.walk(out)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return new SiteBuild(new BuildOptions(s.root, s.out(false), false, false, ReviewedSite.TODAY, false), caches)
                .run();
    }

    /**
     * {@code bytes} with every cached blocker made a note: a finding is stored as its rule id (length, UTF-8) and
     * then its severity, so the byte after each blocking rule's id is its severity.
     */
    private static byte[] demoteBlockers(byte[] bytes) {
        byte[] out = bytes.clone();
        int demoted = 0;
        for (String rule : BLOCKERS) {
            byte[] id = rule.getBytes(StandardCharsets.UTF_8);
            for (int i = 4; i + id.length < out.length; i++) {
                if (java.util.Arrays.equals(out, i, i + id.length, id, 0, id.length) && out[i - 1] == id.length
                        && out[i + id.length] == Severity.BLOCKER.ordinal()) {
                    out[i + id.length] = (byte) Severity.INFO.ordinal();
                    demoted++;
                }
            }
        }
        assertThat(demoted).as("blockers found in the cache file").isPositive();
        return out;
    }
}
