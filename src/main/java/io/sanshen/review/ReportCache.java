package io.sanshen.review;

import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * The whole outcome of the last review, in {@code .sanshen-cache/report.bin}, returned again while the question is
 * the same: the same HEAD commit, trust root, day (deadlines and key ages depend on it) and program build. A second
 * {@code verify}, {@code status} or {@code build} of an unchanged repository then reads one file instead of
 * walking the history. Trusted like the other caches: only when the cache folder is not tracked in Git.
 */
final class ReportCache {
    private static final String FILE = "report.bin";
    private static final String MAGIC = "sanshen review report v5";

    /** Where the policy in force came from: it is read again from Git rather than stored. */
    record PolicyRef(ObjectId blob, int index, ObjectId tree) {
    }

    private final Path file;
    private final String key;

    private ReportCache(Path file, String key) {
        this.file = file;
        this.key = key;
    }

    /** {@code scope}: which signatures the report rests on (a build's report does not answer {@code verify}). */
    static ReportCache at(Path siteRoot, ObjectId head, Optional<String> trustRoot, LocalDate today,
            ReviewEngine.SignatureScope scope) {
        return new ReportCache(siteRoot.resolve(SignatureCache.DIR).resolve(FILE),
                String.join("\n", head.name(), trustRoot.orElse(""), today.toString(), io.sanshen.diag.ProgramBuild.id(), scope.name()));
    }

    /** The cached report for this question, its statistics saying that nothing was verified in this run. */
    Optional<ReviewReport> load(Repository repo) {
        return CacheFile.read(file, in -> read(in, repo));
    }

    void save(ReviewReport report, Optional<PolicyRef> policy) {
        CacheFile.write(file, out -> write(out, report, policy));
    }

    private void write(DataOutputStream out, ReviewReport r, Optional<PolicyRef> policy) throws IOException {
        out.writeUTF(MAGIC);
        CacheFile.writeString(out, key);
        CacheFile.writeId(out, r.head());
        out.writeBoolean(policy.isPresent());
        if (policy.isPresent()) {
            CacheFile.writeId(out, policy.get().blob());
            out.writeInt(policy.get().index());
            CacheFile.writeId(out, policy.get().tree());
        }
        out.writeInt(r.paths().size());
        for (PathReview p : r.paths()) {
            writePath(out, p);
        }
        out.writeInt(r.ignored().size());
        for (IgnoredRecord i : r.ignored()) {
            CacheFile.writeId(out, i.commit());
            str(out, i.path());
            out.writeUTF(i.reason().name());
            text(out, i.detail());
        }
        out.writeInt(r.findings().size());
        for (Finding f : r.findings()) {
            writeFinding(out, f);
        }
        ReviewReport.Stats s = r.stats();
        out.writeInt(s.commits());
        out.writeInt(s.records());
        out.writeInt(s.counted());
        out.writeInt(s.verified() + s.fromCache());
        out.writeInt(r.online().size());
        for (Map.Entry<String, ObjectId> e : r.online().entrySet()) {
            CacheFile.writeString(out, e.getKey());
            CacheFile.writeId(out, e.getValue());
        }
    }

    private ReviewReport read(DataInputStream in, Repository repo) throws IOException {
        if (!in.readUTF().equals(MAGIC) || !CacheFile.readString(in).equals(key)) {
            return null;
        }
        ObjectId head = CacheFile.readId(in);
        Optional<ObjectId> policyBlob = Optional.empty();
        Optional<SiteConfig> policy = Optional.empty();
        if (in.readBoolean()) {
            ObjectId blob = CacheFile.readId(in);
            int index = in.readInt();
            policyBlob = Optional.of(blob);
            policy = PolicyVersion.read(repo, blob, index, CacheFile.readId(in)).config();
        }
        List<PathReview> paths = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            paths.add(readPath(in));
        }
        List<IgnoredRecord> ignored = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            ignored.add(new IgnoredRecord(CacheFile.readId(in), str(in), IgnoreReason.valueOf(in.readUTF()), text(in)));
        }
        List<Finding> findings = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            findings.add(readFinding(in));
        }
        ReviewReport.Stats stats = new ReviewReport.Stats(in.readInt(), in.readInt(), in.readInt(), 0, in.readInt());
        Map<String, ObjectId> online = new HashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            online.put(CacheFile.readString(in), CacheFile.readId(in));
        }
        return new ReviewReport(head, paths, ignored, findings, policy, policyBlob, stats, Optional.empty(), online);
    }

    private static void writePath(DataOutputStream out, PathReview p) throws IOException {
        CacheFile.writeString(out, p.path());
        out.writeUTF(p.kind().name());
        str(out, p.unitId());
        id(out, p.blob());
        out.writeUTF(p.status().name());
        str(out, p.waitingFor());
        out.writeInt(p.approvals().size());
        for (Approval a : p.approvals()) {
            out.writeInt(a.level().number());
            out.writeBoolean(a.level().confidentiality());
            out.writeBoolean(a.level().admin());
            out.writeUTF(a.action().name());
            str(out, a.reviewer());
            str(out, a.unitId());
            str(out, a.keyFingerprint());
            instant(out, a.time());
            id(out, a.commit());
            strings(out, a.checks());
            str(out, a.opinion());
            strings(out, a.waivers());
        }
        strings(out, p.nextReviewers());
        instant(out, p.submitted());
        out.writeBoolean(p.due() != null);
        if (p.due() != null) {
            out.writeLong(p.due().toEpochDay());
        }
        out.writeBoolean(p.overdue());
        id(out, p.lastApproved().orElse(null));
        out.writeBoolean(p.draft());
        out.writeBoolean(p.important());
        instant(out, p.approvedAt());
    }

    private static PathReview readPath(DataInputStream in) throws IOException {
        String path = CacheFile.readString(in);
        PathKind kind = PathKind.valueOf(in.readUTF());
        String unitId = str(in);
        ObjectId blob = id(in);
        PathReview.Status status = PathReview.Status.valueOf(in.readUTF());
        String waitingFor = str(in);
        List<Approval> approvals = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            ApprovalRecord.Level level = new ApprovalRecord.Level(in.readInt(), in.readBoolean(), in.readBoolean());
            approvals.add(new Approval(level, ApprovalRecord.Action.valueOf(in.readUTF()), str(in), str(in), str(in),
                    instant(in), id(in), strings(in), str(in), strings(in)));
        }
        List<String> next = strings(in);
        Instant submitted = instant(in);
        LocalDate due = in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
        boolean overdue = in.readBoolean();
        Optional<ObjectId> lastApproved = Optional.ofNullable(id(in));
        boolean draft = in.readBoolean();
        boolean important = in.readBoolean();
        return new PathReview(path, kind, unitId, blob, status, waitingFor, approvals, next, submitted, due, overdue,
                lastApproved, draft, important, instant(in));
    }

    private static void writeFinding(DataOutputStream out, Finding f) throws IOException {
        out.writeUTF(f.ruleId());
        out.writeUTF(f.severity().name());
        CacheFile.writeString(out, f.pos().path());
        out.writeInt(f.pos().line());
        out.writeInt(f.pos().column());
        out.writeInt(f.endColumn());
        text(out, f.message());
        text(out, f.fix());
        CacheFile.writeString(out, f.excerpt());
    }

    private static Finding readFinding(DataInputStream in) throws IOException {
        String rule = in.readUTF();
        Severity severity = Severity.valueOf(in.readUTF());
        SourcePos pos = new SourcePos(CacheFile.readString(in), in.readInt(), in.readInt());
        return new Finding(rule, severity, pos, in.readInt(), text(in), text(in), CacheFile.readString(in));
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            CacheFile.writeString(out, s);
        }
    }

    private static String str(DataInputStream in) throws IOException {
        return in.readBoolean() ? CacheFile.readString(in) : null;
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            CacheFile.writeString(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            out.add(CacheFile.readString(in));
        }
        return out;
    }

    private static void text(DataOutputStream out, Text t) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) {
            str(out, t.zh());
            str(out, t.en());
        }
    }

    private static Text text(DataInputStream in) throws IOException {
        return in.readBoolean() ? new Text(str(in), str(in)) : null;
    }

    private static void id(DataOutputStream out, ObjectId id) throws IOException {
        out.writeBoolean(id != null);
        if (id != null) {
            CacheFile.writeId(out, id);
        }
    }

    private static ObjectId id(DataInputStream in) throws IOException {
        return in.readBoolean() ? CacheFile.readId(in) : null;
    }

    private static void instant(DataOutputStream out, Instant t) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) {
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
        }
    }

    private static Instant instant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }
}
