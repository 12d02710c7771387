package io.sanshen.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.config.ReviewPolicy;
import io.sanshen.content.Backdating.Verdict;
import io.sanshen.diag.TimeZones;
import io.sanshen.testkit.TestRepos;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The back-dating rule on a real history: main has M (OLD, committed 2024-07-01) then NEW; SIDE, a commit holding
 * NEW that was dropped from main, is not in its history.
 */
class BackdatingTest {
    static final String OLD = "content/news/old.md";
    static final String NEW = "content/news/new.md";
    static final LocalDate JUNE = LocalDate.of(2024, 6, 1);
    static final LocalDate APPROVED = LocalDate.of(2024, 7, 10);

    @TempDir
    Path dir;

    static PersonIdent at(String when) {
        return new PersonIdent("编辑", "e@test.gov.cn", Instant.parse(when), TimeZones.CHINA);
    }

    static ReviewPolicy migration(ObjectId commit) {
        ReviewPolicy p = ReviewPolicy.unconfigured();
        return new ReviewPolicy(p.configured(), p.version(), p.levels(), p.confidentiality(), p.deadlineDays(),
                p.holidays(), p.workdays(), p.admins(), p.adminThreshold(), p.keyRotationMonths(),
                Optional.of(commit.name()), p.reviewers());
    }

    @Test
    void onlyFilesOfTheMigrationCommitInTheHistoryDatedNoLaterThanItAreMigrated() throws Exception {
        Repository repo = TestRepos.init(dir.resolve("repo"));
        RevCommit m = TestRepos.commitFile(repo, OLD, "旧稿", "migration", at("2024-07-01T02:00:00Z"));
        RevCommit side = TestRepos.commitFile(repo, NEW, "侧线", "side", at("2024-06-02T02:00:00Z"));
        RefUpdate back = repo.updateRef(repo.getFullBranch());
        back.setNewObjectId(m);
        back.forceUpdate();
        TestRepos.commitFile(repo, NEW, "新稿", "new", at("2024-07-05T02:00:00Z"));
        ObjectId head = repo.resolve(Constants.HEAD);

        Backdating rule = Backdating.of(repo, migration(m), head);
        assertThat(rule.judge(OLD, JUNE, APPROVED)).isEqualTo(Verdict.MIGRATED);
        assertThat(rule.judge(OLD, LocalDate.of(2024, 7, 2), APPROVED)).isEqualTo(Verdict.BACKDATED);
        assertThat(rule.judge(NEW, JUNE, APPROVED)).isEqualTo(Verdict.BACKDATED);
        assertThat(rule.judge(NEW, APPROVED, APPROVED)).isEqualTo(Verdict.DATED_ON_OR_AFTER_APPROVAL);
        // a commit outside the history, or none at all, makes nothing migrated
        assertThat(Backdating.of(repo, migration(side), head).judge(NEW, JUNE, APPROVED)).isEqualTo(Verdict.BACKDATED);
        assertThat(Backdating.of(repo, migration(ObjectId.fromString("0123456789012345678901234567890123456789")), head)
                .judge(OLD, JUNE, APPROVED)).isEqualTo(Verdict.BACKDATED);
    }
}
