package io.sanshen.review;

import io.sanshen.content.ContentSource;
import io.sanshen.content.SourceFile;
import io.sanshen.diag.Findings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * The approved view of the site, as a {@link ContentSource} the build can load: for every file at HEAD the bytes
 * the review lets it publish — HEAD's when approved, the last fully approved version when the file was edited
 * since, nothing when never approved, rejected without an older approval, withdrawn, or uncovered. Bundle
 * attachments are files like any other, so each needs its own approved blob (approval records name every file).
 */
public final class ApprovedSource implements ContentSource {
    private final Repository repo;
    private final Map<String, ObjectId> files;
    private final String label;

    public ApprovedSource(Repository repo, ReviewReport report) {
        this(repo, report.publishable(), report.head());
    }

    /** The view of {@code files} (path → blob, as {@link Publication} decided) of the reviewed commit {@code head}. */
    public ApprovedSource(Repository repo, Map<String, ObjectId> files, ObjectId head) {
        this.repo = repo;
        this.files = files;
        this.label = "approved view of " + head.abbreviate(10).name();
    }

    @Override
    public List<SourceFile> list(String folder, Findings sink) throws IOException {
        List<SourceFile> out = new ArrayList<>();
        String prefix = folder.isEmpty() ? "" : folder + "/";
        try (org.eclipse.jgit.lib.ObjectReader reader = repo.newObjectReader()) { // one reader for every size asked
            for (Map.Entry<String, ObjectId> e : files.entrySet()) {
                if (e.getKey().startsWith(prefix)) {
                    ObjectId blob = e.getValue();
                    long size = reader.getObjectSize(blob, Constants.OBJ_BLOB);
                    out.add(new SourceFile(e.getKey(), size, () -> repo.open(blob, Constants.OBJ_BLOB).getBytes()));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(SourceFile::path));
        return out;
    }

    @Override
    public String describe() {
        return label;
    }
}
