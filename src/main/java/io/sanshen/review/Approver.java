package io.sanshen.review;

import io.sanshen.config.ReviewLevel;
import io.sanshen.config.Reviewer;
import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Text;
import io.sanshen.review.ApprovalRecord.Action;
import io.sanshen.review.ApprovalRecord.Level;
import io.sanshen.review.signature.CommitSigner;
import io.sanshen.review.signature.SigningException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Writes an approval, rejection or withdrawal as a signed empty commit, after checking what can be checked before
 * signing (policy in force, item committed and clean, signer registered with the role, previous level present),
 * and re-running the review afterwards: a record the engine would ignore is taken back and the reason returned.
 */
public final class Approver {
    /**
     * @param signerFingerprint the signing key's fingerprint when known before signing (from its .pub), else empty
     * @param waivers           {@code Sanshen-Waive} trailers: warnings of these rules accepted for these bytes
     */
    public record Request(List<String> paths, Action action, Level level, String opinion, List<String> checks,
                          Optional<String> signerFingerprint, List<ApprovalRecord.Waiver> waivers) {
        public Request {
            waivers = List.copyOf(waivers);
        }

        public Request(List<String> paths, Action action, Level level, String opinion, List<String> checks,
                       Optional<String> signerFingerprint) {
            this(paths, action, level, opinion, checks, signerFingerprint, List.of());
        }
    }

    /** The commit written, or the reasons nothing was written. */
    public record Outcome(Optional<RevCommit> commit, List<Text> refusals) {
    }

    private final Repository repo;
    private final ReviewEngine engine;

    public Approver(Repository repo, ReviewEngine engine) {
        this.repo = repo;
        this.engine = engine;
    }

    public Outcome record(Request req, CommitSigner signer, PersonIdent who) throws IOException {
        ReviewReport before = engine.run();
        List<Text> refusals = new ArrayList<>();
        if (before.policy().isEmpty()) {
            return refused(Text.of("没有经批准的站点配置，无法审核", "no approved site config; nothing can be approved"));
        }
        SiteConfig config = before.policy().get();
        Optional<Reviewer> reviewer = req.signerFingerprint().flatMap(f -> config.review().reviewerByKey(f));
        if (req.signerFingerprint().isPresent() && reviewer.isEmpty()) {
            refusals.add(Text.of("签名密钥 " + req.signerFingerprint().get() + " 未登记给任何审核人",
                    "signing key " + req.signerFingerprint().get() + " is registered for no reviewer"));
        }
        List<ApprovalRecord.Item> items = new ArrayList<>();
        for (String raw : req.paths()) {
            String path = ApprovalRecord.nfc(raw);
            Optional<PathReview> p = before.path(path);
            if (p.isEmpty()) {
                refusals.add(Text.of(path + "：HEAD 中没有这个需审核的文件", path + ": no reviewed file at HEAD"));
                continue;
            }
            if (!clean(path)) {
                refusals.add(Text.of(path + "：有未提交的修改，请先提交", path + ": has uncommitted changes; commit them first"));
            }
            reviewer.ifPresent(r -> checkRole(r, p.get(), req, config, refusals));
            items.add(new ApprovalRecord.Item(path, p.get().blob()));
        }
        if (!refusals.isEmpty()) {
            return new Outcome(Optional.empty(), refusals);
        }
        ApprovalRecord rec = new ApprovalRecord(req.action(), req.level(), items, req.checks(), req.opinion(), req.waivers());
        RevCommit commit;
        try {
            commit = signer.commitEmpty(repo, rec.toMessage(), who);
        } catch (SigningException e) {
            return refused(Text.of(e.problem().zh(), e.problem().en()));
        }
        List<IgnoredRecord> ignored = engine.run().ignored().stream().filter(i -> i.commit().equals(commit)).toList();
        if (ignored.isEmpty()) {
            return new Outcome(Optional.of(commit), List.of());
        }
        takeBack(commit);
        return new Outcome(Optional.empty(), ignored.stream().map(i -> Text.of(i.oneLine(io.sanshen.diag.Lang.ZH),
                i.oneLine(io.sanshen.diag.Lang.EN))).toList());
    }

    private static void checkRole(Reviewer r, PathReview p, Request req, SiteConfig config, List<Text> out) {
        if (p.kind() == PathKind.POLICY) {
            if (!req.level().admin() || !config.review().isAdmin(r.name())) {
                out.add(Text.of(p.path() + "：策略文件须由管理员以 --level admin 批准", p.path() + ": policy files need --level admin by an admin"));
            }
            return;
        }
        int k = req.level().number();
        if (req.level().admin() || req.level().confidentiality() || req.action() == Action.WITHDRAW) {
            return; // checked after signing by the engine
        }
        Optional<ReviewLevel> level = config.review().level(k);
        String unit = config.unit(p.unitId()).map(u -> u.name()).orElse(p.unitId());
        if (level.isEmpty()) {
            out.add(Text.of(p.path() + "：审核策略没有第 " + k + " 级", p.path() + ": the review policy has no level " + k));
        } else if (!r.holds(level.get().role(), p.unitId())) {
            // Name the unit and the role, not the config ids: the refusal is read by a reviewer, not an admin.
            out.add(Text.of(p.path() + "：" + r.name() + " 不是" + unit + "的" + level.get().role() + "，不能做" + level.get().name(),
                    p.path() + ": " + r.name() + " is not " + level.get().role() + " of " + unit + " and cannot give "
                            + level.get().name()));
        } else if (k > 1 && p.approvals().stream().noneMatch(a -> a.action() == Action.APPROVE && a.level().number() == k - 1)) {
            String previous = config.review().level(k - 1).map(ReviewLevel::name).orElse("第 " + (k - 1) + " 级");
            out.add(Text.of(p.path() + "：尚缺" + previous + "，须先完成" + previous, p.path() + ": " + previous + " is missing; it comes first"));
        }
    }

    private boolean clean(String path) throws IOException {
        try (Git git = new Git(repo)) {
            var s = git.status().addPath(path).call();
            return s.getUncommittedChanges().isEmpty() && s.getUntracked().isEmpty() && s.getModified().isEmpty();
        } catch (GitAPIException e) {
            throw new IOException(e);
        }
    }

    private void takeBack(RevCommit commit) throws IOException {
        RefUpdate u = repo.updateRef(org.eclipse.jgit.lib.Constants.HEAD);
        u.setNewObjectId(commit.getParent(0));
        u.setExpectedOldObjectId(commit);
        u.forceUpdate();
    }

    private static Outcome refused(Text why) {
        return new Outcome(Optional.empty(), List.of(why));
    }
}
