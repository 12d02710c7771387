package io.sanshen.review;

import io.sanshen.config.ReviewLevel;
import io.sanshen.config.ReviewPolicy;
import io.sanshen.config.Reviewer;
import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Findings;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.review.HistoryScan.PathBlob;
import io.sanshen.content.ItemFacts;
import io.sanshen.content.SiteLayout;
import io.sanshen.review.PathReview.Status;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Turns the evaluated records into one {@link PathReview} per reviewed file at HEAD. */
final class StatusBuilder {
    private final HistoryScan scan;
    private final RecordEvaluator ev;
    private final Authorship authors;
    private final SiteConfig policy;
    private final PolicyVersion classify;
    private final ObjectId policyBlob;
    private final LocalDate today;
    private final Findings findings;
    private final Map<String, List<Map.Entry<ObjectId, BlobState>>> byPath = new HashMap<>();

    StatusBuilder(HistoryScan scan, RecordEvaluator ev, Authorship authors, SiteConfig policy, PolicyVersion classify,
            ObjectId policyBlob, LocalDate today, Findings findings) {
        this.scan = scan;
        this.ev = ev;
        this.authors = authors;
        this.policy = policy;
        this.classify = classify;
        this.policyBlob = policyBlob;
        this.today = today;
        this.findings = findings;
        ev.states.forEach((pb, s) -> byPath.computeIfAbsent(pb.path(), k -> new ArrayList<>()).add(Map.entry(pb.blob(), s)));
    }

    List<PathReview> build(ObjectId head) throws IOException {
        List<PathReview> out = new ArrayList<>();
        java.util.Set<String> atHead = new java.util.HashSet<>();
        try (RevWalk walk = new RevWalk(scan.repo()); TreeWalk tw = new TreeWalk(scan.repo())) {
            ObjectId tree = walk.parseCommit(head).getTree();
            tw.addTree(tree);
            tw.setRecursive(true);
            while (tw.next()) {
                String raw = tw.getPathString();
                String path = Normalizer.normalize(raw, Normalizer.Form.NFC);
                PathKind kind = PathKind.of(path, classify == null ? SiteLayout.of(null) : classify.layout());
                if (kind == PathKind.OTHER) {
                    continue;
                }
                if (tw.getFileMode(0) == FileMode.SYMLINK || tw.getFileMode(0) == FileMode.GITLINK || !raw.equals(path)) {
                    findings.add(Finding.of("review.path-refused", Severity.BLOCKER, SourcePos.file(path),
                            Text.of("“" + path + "”是符号链接、子模块或非 NFC 文件名，不予发布。",
                                    "'" + path + "' is a symbolic link, submodule or non-NFC name and is never published."),
                            Text.of("改为普通文件，并用 NFC 形式的文件名。", "Make it a regular file with an NFC file name.")));
                    kind = PathKind.UNCOVERED;
                }
                out.add(review(path, kind, tw.getObjectId(0), tree));
                atHead.add(path);
            }
            for (String path : byPath.keySet()) {
                if (!atHead.contains(path)) {
                    deleted(path, tree).ifPresent(out::add);
                }
            }
        }
        if (policy != null && policyBlob != null) {
            out.stream().filter(p -> p.path().equals(SiteConfig.FILE) && !p.blob().equals(policyBlob)).findFirst()
                    .ifPresent(p -> findings.add(Finding.of("review.policy-unapproved", Severity.BLOCKER,
                            SourcePos.file(SiteConfig.FILE), Text.of("HEAD 的 site-config.yml 未经管理员批准；沿用上次批准的版本 "
                                    + policyBlob.abbreviate(10).name() + "。", "site-config.yml at HEAD is not approved by admins; the last approved version "
                                    + policyBlob.abbreviate(10).name() + " stays in force."),
                            Text.of("请管理员用 sanshen approve site-config.yml --level admin 批准。",
                                    "Have admins approve it: sanshen approve site-config.yml --level admin."))));
        }
        out.sort(Comparator.comparing(PathReview::path));
        return out;
    }

    private PathReview review(String path, PathKind kind, ObjectId blob, ObjectId tree) throws IOException {
        ItemFacts flags = kind == PathKind.CONTENT ? authors.flags(path, blob, tree, classify) : ItemFacts.NONE;
        String unit = kind == PathKind.CONTENT ? classify.layout().column(path).map(c -> c.unitId()).orElse("") : "";
        BlobState s = ev.states.getOrDefault(new PathBlob(path, blob), new BlobState());
        Instant submitted = submitted(path, blob);
        if (policy == null || kind == PathKind.UNCOVERED) {
            return new PathReview(path, kind, unit, blob, Status.UNCOVERED, "", s.all(), List.of(), submitted, null,
                    false, Optional.empty(), flags.draft(), flags.important());
        }
        ReviewPolicy rp = policy.review();
        Optional<ObjectId> lastApproved = lastApproved(path, tree);
        int lastAt = lastApproved.map(b -> completedAt(path, b)).orElse(-1);
        boolean approved = path.equals(SiteConfig.FILE) ? blob.equals(policyBlob) : lastApproved.equals(Optional.of(blob));
        Status status;
        if (ev.withdrawnAt.getOrDefault(path, -1) > lastAt) {
            status = Status.WITHDRAWN;
        } else if (approved) {
            status = Status.APPROVED;
        } else if (s.reject != null) {
            status = Status.REJECTED;
        } else if (lastApproved.isPresent() || !s.all().isEmpty()) {
            status = Status.PENDING;
        } else {
            status = Status.NEVER_APPROVED;
        }
        String waiting = "";
        List<String> next = List.of();
        LocalDate due = null;
        if (status == Status.PENDING || status == Status.NEVER_APPROVED) {
            Set<String> authorNames = authors.authorsOf(path, blob, rp);
            if (kind == PathKind.POLICY) {
                waiting = Completion.ADMIN;
                next = rp.admins().stream().filter(a -> !s.admins.containsKey(a))
                        .filter(a -> rp.reviewers().stream().anyMatch(r -> r.name().equals(a) && r.validOn(today))).toList();
            } else {
                waiting = Completion.next(s, rp, importantFor(path, flags, tree)).orElse("");
                next = eligible(rp, waiting, unit).stream().filter(r -> r.validOn(today)).map(Reviewer::name)
                        .filter(n -> !authorNames.contains(n) && !s.usedBy(n, 0)).toList();
                if (waiting.matches("\\d+") && Integer.parseInt(waiting) > 1) {
                    Approval prev = s.levels.get(Integer.parseInt(waiting) - 1);
                    submitted = prev == null ? submitted : prev.time();
                }
            }
            WorkdayCalendar cal = WorkdayCalendar.china(rp.holidays(), rp.workdays());
            due = cal.dueDate(LocalDate.ofInstant(submitted, RecordEvaluator.CHINA), rp.deadlineDays());
        }
        return new PathReview(path, kind, unit, blob, status, waiting, s.all(), next, submitted, due,
                due != null && today.isAfter(due), lastApproved, flags.draft(), flags.important(), moment(lastAt));
    }

    /**
     * A path that was approved once and is gone at HEAD: deleting it is a change like any other, so the last approved
     * version stays in force — a policy file until admins approve the deletion (a record naming the zero id), a
     * content file until its withdrawal is approved. Nothing to say when the deletion is approved or nothing was.
     */
    private Optional<PathReview> deleted(String path, ObjectId tree) throws IOException {
        if (policy == null || classify == null) {
            return Optional.empty();
        }
        PathKind kind = PathKind.of(path, classify.layout());
        Optional<ObjectId> last = lastApproved(path, tree);
        int lastAt = last.map(b -> completedAt(path, b)).orElse(-1);
        if (kind == PathKind.UNCOVERED || kind == PathKind.OTHER || path.equals(SiteConfig.FILE) || last.isEmpty()
                || last.get().equals(ObjectId.zeroId()) || ev.withdrawnAt.getOrDefault(path, -1) > lastAt) {
            return Optional.empty();
        }
        ReviewPolicy rp = policy.review();
        String unit = kind == PathKind.CONTENT ? classify.layout().column(path).map(c -> c.unitId()).orElse("") : "";
        BlobState s = ev.states.getOrDefault(new PathBlob(path, ObjectId.zeroId()), new BlobState());
        List<String> next = kind == PathKind.POLICY
                ? rp.admins().stream().filter(a -> !s.admins.containsKey(a)).toList()
                : rp.reviewers().stream().filter(r -> r.validOn(today))
                        .filter(r -> rp.levels().stream().anyMatch(l -> r.holds(l.role(), unit))).map(Reviewer::name).toList();
        return Optional.of(new PathReview(path, kind, unit, ObjectId.zeroId(), Status.PENDING,
                kind == PathKind.POLICY ? Completion.ADMIN : Completion.WITHDRAW, s.all(), next, Instant.EPOCH, null,
                false, last, false, false, moment(lastAt)));
    }

    /**
     * The version of {@code path} that is fully approved now, if any. A bundle resource approved while its item was
     * not important does not count once the published {@code index.md} is important, until 终审 signs it too.
     */
    private Optional<ObjectId> lastApproved(String path, ObjectId tree) throws IOException {
        if (path.equals(SiteConfig.FILE)) {
            return Optional.ofNullable(policyBlob);
        }
        Optional<Map.Entry<ObjectId, BlobState>> last = byPath.getOrDefault(path, List.of()).stream()
                .filter(e -> e.getValue().completedAt >= 0).max(Comparator.comparingInt(e -> e.getValue().completedAt));
        if (last.isPresent() && !last.get().getValue().importantAtCompletion && policy != null
                && !Completion.complete(last.get().getValue(), policy.review(), true)
                && importantFor(path, ItemFacts.NONE, tree)) {
            return Optional.empty();
        }
        return last.map(Map.Entry::getKey);
    }

    /** When the record at {@code index} took effect, as the review log has it; null for none ({@code -1}). */
    private Instant moment(int index) {
        return index < 0 ? null : scan.effectiveTime(scan.nodes().get(index));
    }

    private int completedAt(String path, ObjectId blob) {
        BlobState s = ev.states.get(new PathBlob(path, blob));
        return s == null ? -1 : s.completedAt;
    }

    /** Whether {@code path} needs 终审: its own flag, or for a resource its bundle's published index.md. */
    private boolean importantFor(String path, ItemFacts own, ObjectId tree) throws IOException {
        if (classify == null) {
            return own.important();
        }
        SiteLayout.Placement place = classify.layout().place(path);
        if (place.kind() != SiteLayout.Kind.RESOURCE) {
            return own.important();
        }
        Optional<ObjectId> index = lastApproved(place.itemPath(), tree);
        return index.isPresent() && !index.get().equals(ObjectId.zeroId())
                && authors.flagsOf(index.get(), place.itemPath(), classify.config().orElseThrow()).important();
    }

    private static List<Reviewer> eligible(ReviewPolicy rp, String waiting, String unit) {
        if (waiting.equals(Completion.CONFIDENTIALITY)) {
            String role = rp.confidentiality().byRole() ? rp.confidentiality().role()
                    : rp.level(rp.confidentiality().level()).map(ReviewLevel::role).orElse("");
            return rp.reviewers().stream().filter(r -> r.holds(role, unit)).toList();
        }
        return waiting.matches("\\d+") ? rp.level(Integer.parseInt(waiting)).map(l -> rp.eligible(l, unit)).orElse(List.of())
                : List.of();
    }

    private Instant submitted(String path, ObjectId blob) {
        int at = scan.introducer(path, blob);
        return at < 0 ? Instant.EPOCH : scan.nodes().get(at).time();
    }
}
