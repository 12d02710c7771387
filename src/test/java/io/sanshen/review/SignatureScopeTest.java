package io.sanshen.review;

import static io.sanshen.review.ReviewFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.review.PathReview.Status;
import io.sanshen.review.ReviewEngine.SignatureScope;
import io.sanshen.review.signature.CommitSigner;
import io.sanshen.testkit.TestRepos;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build's review ({@link SignatureScope#DECIDING}) checks the signatures of the records that count and judges the
 * others on what they claim; it must publish exactly what a review with every signature checked publishes. Run
 * without background checking, so that what is checked is only what the engine asks for.
 */
class SignatureScopeTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 23);

    @TempDir
    Path tmp;

    private static ReviewReport review(ReviewFixture f, SignatureScope scope, Optional<Path> cache) throws Exception {
        return new ReviewEngine(f.repo, new ReviewEngine.Options(Optional.empty(), cache, DAY, scope), 0).run();
    }

    private static ReviewReport review(ReviewFixture f, SignatureScope scope) throws Exception {
        return review(f, scope, Optional.empty());
    }

    private static Optional<IgnoreReason> reasonFor(ReviewReport r, ObjectId commit) {
        return r.ignored().stream().filter(i -> i.commit().equals(commit)).map(IgnoredRecord::reason).findFirst();
    }

    private static ObjectId forgeHead(ReviewFixture f) throws Exception {
        return TestRepos.forgeHead(f.repo, "Sanshen-Opinion: 同意\n", "Sanshen-Opinion: 同意发布\n");
    }

    @Test
    void aForgedRecordThatWouldCompleteAVersionIsCheckedAndSetAside() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approve("信息员甲", 1, ITEM);
        f.approve("科长乙", 2, ITEM);
        f.approve("分管丙", 3, ITEM);
        ObjectId forged = forgeHead(f);

        ReviewReport lazy = review(f, SignatureScope.DECIDING);
        assertThat(f.status(lazy, ITEM).status()).isNotEqualTo(Status.APPROVED);
        assertThat(f.status(lazy, ITEM).publishedBlob()).isEmpty();
        assertThat(reasonFor(lazy, forged)).contains(IgnoreReason.BAD_SIGNATURE);
        ReviewReport full = review(f, SignatureScope.ALL);
        assertThat(lazy.paths()).isEqualTo(full.paths());
        assertThat(lazy.ignored()).isEqualTo(full.ignored());

        // the forged record held level 3 when first judged; judged again, the honest one after it completes
        ObjectId honest = f.approve("分管丙", 3, ITEM);
        lazy = review(f, SignatureScope.DECIDING);
        assertThat(f.status(lazy, ITEM).status()).isEqualTo(Status.APPROVED);
        assertThat(f.status(lazy, ITEM).approvals()).extracting(Approval::commit).contains(honest).doesNotContain(forged);
        assertThat(lazy.paths()).isEqualTo(review(f, SignatureScope.ALL).paths());
    }

    @Test
    void aForgedRecordThatCountsForNothingIsLeftUncheckedByABuildButNotByVerify() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approveChain(ITEM, false);
        // 外单位己 holds no level 1 role for the news column: the record counts for nothing, signed or not
        f.approve("外单位己", 1, ITEM);
        ObjectId forged = forgeHead(f);
        Path cache = tmp.resolve("cache");

        ReviewReport lazy = review(f, SignatureScope.DECIDING, Optional.of(cache));
        assertThat(reasonFor(lazy, forged)).isPresent().get().isNotEqualTo(IgnoreReason.BAD_SIGNATURE);
        assertThat(lazy.stats().verified()).isEqualTo(3);
        // the build's cached report does not answer a full review
        ReviewReport full = review(f, SignatureScope.ALL, Optional.of(cache));
        assertThat(reasonFor(full, forged)).contains(IgnoreReason.BAD_SIGNATURE);
        assertThat(full.stats().verified() + full.stats().fromCache()).isEqualTo(4);
        assertThat(lazy.paths()).isEqualTo(full.paths());
        assertThat(f.status(lazy, ITEM).status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void aForgedSignatureOnAContentCommitNamingARecordMakesNoReviewerItsAuthor() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        // an edit whose message carries a record (ignored: it changes files), signed with 分管丙's key and then altered
        RevCommit edit = f.commit(ITEM, ReviewFixture.item("会议纪要（修订）", false));
        CommitBuilder b = new CommitBuilder();
        b.setTreeId(edit.getTree());
        b.setParentIds(edit.getParents());
        b.setAuthor(edit.getAuthorIdent());
        b.setCommitter(edit.getCommitterIdent());
        b.setMessage(new ApprovalRecord(ApprovalRecord.Action.APPROVE, ApprovalRecord.Level.of(1),
                List.of(new ApprovalRecord.Item(ITEM, f.blob(ITEM))), List.of(), "同意", List.of()).toMessage());
        CommitSigner.withSshKey(f.keyFiles.get("分管丙")).sign(b);
        try (ObjectInserter ins = f.repo.newObjectInserter()) {
            RefUpdate u = f.repo.updateRef(f.repo.getFullBranch());
            u.setNewObjectId(ins.insert(b));
            ins.flush();
            u.forceUpdate();
        }
        TestRepos.forgeHead(f.repo, "Sanshen-Level: 1", "Sanshen-Level: 2");
        f.approveChain(ITEM, false);

        // checked, the signature does not hold: 分管丙 is no author, and the level 3 counts
        ReviewReport full = review(f, SignatureScope.ALL);
        assertThat(f.status(full, ITEM).status()).isEqualTo(Status.APPROVED);
        ReviewReport lazy = review(f, SignatureScope.DECIDING);
        assertThat(lazy.paths()).isEqualTo(full.paths());
    }
}
