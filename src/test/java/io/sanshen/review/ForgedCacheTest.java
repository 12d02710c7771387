package io.sanshen.review;

import static io.sanshen.review.ReviewFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.testkit.TestCacheKey;
import io.sanshen.testkit.TestRepos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review caches forged by someone who may write the cache folder and runs Sanshen with a cache key of their own:
 * a "good signature" line for an unsigned approval, and the report that believed it, are both well-formed files — of
 * another key. They must decide nothing: the unsigned approval counts for nothing, exactly as without a cache.
 */
class ForgedCacheTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 23);
    private static final String OTHER_ITEM = "content/news/2024-05-22-另一篇.md";

    @TempDir
    Path tmp;

    @Test
    void aGoodSignatureLineForAnUnsignedApprovalWrittenUnderAnotherKeyApprovesNothing() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp.resolve("site"), false);
        f.commit(OTHER_ITEM, ReviewFixture.item("另一篇", false));
        f.approve("信息员甲", 1, ITEM);
        f.approve("科长乙", 2, ITEM);
        RevCommit unsigned = unsignedRecord(f, "分管丙", 3, ITEM);
        f.approve("信息员甲", 1, OTHER_ITEM);
        f.approve("科长乙", 2, OTHER_ITEM);
        RevCommit signed = f.approve("分管丙", 3, OTHER_ITEM);
        ReviewReport honest = review(f, tmp.resolve("uncached"));
        assertThat(f.status(honest, ITEM).status()).isNotEqualTo(PathReview.Status.APPROVED);

        Path cacheRoot = tmp.resolve("cache");
        Path dir = cacheRoot.resolve(SignatureCache.DIR);
        try (TestCacheKey attacker = TestCacheKey.secret(TestCacheKey.OTHER)) {
            review(f, cacheRoot);
            Path sigs = dir.resolve("signatures.tsv");
            String tsv = CacheFile.read(sigs, in -> new String(in.readAllBytes(), StandardCharsets.UTF_8)).orElseThrow();
            String good = tsv.lines().filter(l -> l.startsWith(signed.name() + "\t")).findFirst().orElseThrow();
            String forged = tsv.lines().filter(l -> !l.startsWith(unsigned.name() + "\t"))
                    .collect(Collectors.joining("\n", "", "\n")) + unsigned.name() + good.substring(signed.name().length()) + "\n";
            CacheFile.write(sigs, out -> out.write(forged.getBytes(StandardCharsets.UTF_8)));
            Files.delete(dir.resolve("report.bin"));
            assertThat(f.status(review(f, cacheRoot), ITEM).status()).as("the forgery, where its key is trusted")
                    .isEqualTo(PathReview.Status.APPROVED);
            assertThat(dir.resolve("report.bin")).exists();
        }

        ReviewReport r = review(f, cacheRoot);
        assertThat(f.status(r, ITEM).status()).isNotEqualTo(PathReview.Status.APPROVED);
        assertThat(view(r)).isEqualTo(view(honest));
    }

    private static RevCommit unsignedRecord(ReviewFixture f, String who, int level, String path) throws Exception {
        ApprovalRecord r = new ApprovalRecord(ApprovalRecord.Action.APPROVE, ApprovalRecord.Level.of(level),
                java.util.List.of(new ApprovalRecord.Item(path, f.blob(path))),
                java.util.List.of("政治", "政策", "文字", "保密", "舆情"), "同意", java.util.List.of());
        PersonIdent person = TestRepos.person(who, "r" + ReviewFixture.NAMES.indexOf(who) + "@test.gov.cn");
        try (Git git = new Git(f.repo)) {
            return git.commit().setAllowEmpty(true).setMessage(r.toMessage()).setAuthor(person).setCommitter(person)
                    .setSign(false).call();
        }
    }

    private static ReviewReport review(ReviewFixture f, Path cacheRoot) throws Exception {
        return new ReviewEngine(f.repo, new ReviewEngine.Options(Optional.empty(), Optional.of(cacheRoot), DAY)).run();
    }

    /** Everything a report says, without the counters of how it was computed. */
    private static String view(ReviewReport r) {
        return r.head().name() + "\n" + r.paths() + "\n" + r.ignored() + "\n" + r.findings();
    }
}
