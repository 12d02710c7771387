package io.sanshen.build;

import io.sanshen.content.Item;
import io.sanshen.content.SourceFile;
import io.sanshen.review.PathReview;
import io.sanshen.review.ReviewReport;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Which items a preview marks 预览·未审核: every item whose work-tree bytes (page or any attachment) are not the
 * approved bytes at HEAD — never approved, edited since approval, rejected, or uncommitted. Without review data
 * nothing is known to be approved, so everything is marked. The bytes are those the snapshot read (its blob ids),
 * so the mark is about exactly the page that is rendered, and no file is read or hashed a second time.
 */
final class PreviewMarks {
    private PreviewMarks() {
    }

    /** {@code itemBlobs}: the blob id of every item file the snapshot read, by path. */
    static Set<String> unapproved(List<Item> items, Optional<ReviewReport> review, Map<String, String> itemBlobs) {
        Set<String> out = new HashSet<>();
        for (Item item : items) {
            if (review.isEmpty() || !approved(item, review.get(), itemBlobs.get(item.path()))) {
                out.add(item.path());
            }
        }
        return out;
    }

    private static boolean approved(Item item, ReviewReport review, String blob) {
        if (blob == null || !approvedAs(review, item.path(), blob)) {
            return false;
        }
        for (SourceFile r : item.resources()) {
            if (!approvedAs(review, r.path(), r.blobId())) {
                return false;
            }
        }
        return true;
    }

    private static boolean approvedAs(ReviewReport review, String path, String blob) {
        Optional<PathReview> p = review.path(path);
        return p.isPresent() && p.get().status() == PathReview.Status.APPROVED
                && ObjectId.fromString(blob).equals(p.get().blob());
    }
}
