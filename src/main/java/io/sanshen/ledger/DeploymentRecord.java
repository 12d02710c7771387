package io.sanshen.ledger;

import io.sanshen.review.signature.CommitSignature;
import io.sanshen.review.signature.CommitSigner;
import io.sanshen.review.signature.ReviewerKey;
import io.sanshen.review.signature.SignatureVerifier;
import io.sanshen.review.signature.SigningException;
import io.sanshen.review.signature.Verification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.FooterLine;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * One deployment in the 审核台账: which release of which build went online on which target, and the SHA-256 of its
 * signed manifest. Recorded like approvals, as a signed commit that changes no files, but on its own ref
 * {@value #REF} (a chain: each record's parent is the one before), so it never moves the published branch and
 * the order of deployments is the chain's, not the dates'. Only records signed by a deploy key of the policy are
 * read into the ledger.
 */
public record DeploymentRecord(String target, String release, String manifestSha256, String builtCommit,
                               String previous) {
    public static final String REF = "refs/sanshen/deployments";
    private static final String DEPLOY = "Sanshen-Deploy";
    private static final String RELEASE = "Sanshen-Release";
    private static final String MANIFEST = "Sanshen-Manifest";
    private static final String BUILT = "Sanshen-Built-From";
    private static final String PREVIOUS = "Sanshen-Previous";

    public String message() {
        return "上线：" + target + " " + release + "\n\n" + DEPLOY + ": " + target + "\n" + RELEASE + ": " + release + "\n"
                + MANIFEST + ": " + manifestSha256 + "\n" + BUILT + ": " + builtCommit + "\n" + PREVIOUS + ": "
                + (previous.isEmpty() ? "-" : previous) + "\n";
    }

    static Optional<DeploymentRecord> parse(RevCommit c) {
        List<FooterLine> footers = c.getFooterLines();
        Optional<String> target = footer(footers, DEPLOY);
        Optional<String> release = footer(footers, RELEASE);
        Optional<String> manifest = footer(footers, MANIFEST);
        if (target.isEmpty() || release.isEmpty() || manifest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DeploymentRecord(target.get(), release.get(), manifest.get(),
                footer(footers, BUILT).orElse(""), footer(footers, PREVIOUS).filter(p -> !p.equals("-")).orElse("")));
    }

    private static Optional<String> footer(List<FooterLine> footers, String key) {
        return footers.stream().filter(f -> f.getKey().equalsIgnoreCase(key)).map(f -> f.getValue().strip()).reduce((a, b) -> b);
    }

    /** Appends this record to {@value #REF}, signed with {@code signer}; the ref moves only from the tip it was read at. */
    public ObjectId append(Repository repo, CommitSigner signer, PersonIdent who) throws IOException, SigningException {
        try (ObjectInserter inserter = repo.newObjectInserter(); RevWalk walk = new RevWalk(repo)) {
            ObjectId tip = repo.resolve(REF);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(inserter.insert(new TreeFormatter()));
            if (tip != null) {
                commit.setParentId(tip);
            }
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setEncoding(StandardCharsets.UTF_8);
            commit.setMessage(message());
            signer.sign(commit);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repo.updateRef(REF);
            update.setNewObjectId(id);
            update.setExpectedOldObjectId(tip == null ? ObjectId.zeroId() : tip);
            update.setRefLogMessage("sanshen deploy: " + target + " " + release, false);
            RefUpdate.Result result = update.update(walk);
            if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
                throw new IOException("could not record the deployment on " + REF + ": " + result);
            }
            return id;
        }
    }

    /** Ledger rows of the records on {@value #REF} signed by one of {@code deployKeys}, oldest first. */
    static List<LedgerEntry> rows(Repository repo, Collection<ReviewerKey> deployKeys) throws IOException {
        ObjectId tip = repo.resolve(REF);
        List<LedgerEntry> rows = new ArrayList<>();
        if (tip == null || deployKeys.isEmpty()) {
            return rows;
        }
        SignatureVerifier verifier = SignatureVerifier.of(deployKeys);
        try (RevWalk walk = new RevWalk(repo)) {
            for (RevCommit c = walk.parseCommit(tip); c != null; c = c.getParentCount() == 0 ? null : walk.parseCommit(c.getParent(0))) {
                Verification v = verifier.verify(CommitSignature.of(c));
                Optional<DeploymentRecord> r = parse(c);
                if (v.isGood() && r.isPresent()) {
                    DeploymentRecord d = r.get();
                    rows.add(new LedgerEntry(c.getCommitterIdent().getWhenAsInstant(), LedgerAction.DEPLOY, "", "",
                            d.target(), d.release(), c.getCommitterIdent().getName(), "", "", v.keyFingerprint(),
                            ObjectId.zeroId(), c.getId(), "清单 SHA-256 " + d.manifestSha256()
                            + (d.builtCommit().isEmpty() ? "" : "，构建自 " + d.builtCommit())
                            + (d.previous().isEmpty() ? "" : "，替换 " + d.previous()), List.of()));
                }
            }
        }
        Collections.reverse(rows);
        return rows;
    }
}
