package io.sanshen.build;

import io.sanshen.content.Item;
import io.sanshen.review.PathReview;
import io.sanshen.review.ReviewReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * Which items a preview marks 预览·未审核: every item whose work-tree bytes (page or any attachment) are not the
 * approved bytes at HEAD — never approved, edited since approval, rejected, or uncommitted. Without review data
 * nothing is known to be approved, so everything is marked.
 */
final class PreviewMarks {
    private PreviewMarks() {
    }

    static Set<String> unapproved(List<Item> items, Optional<ReviewReport> review, Path siteRoot) {
        Set<String> out = new HashSet<>();
        try (ObjectInserter.Formatter hash = new ObjectInserter.Formatter()) {
            for (Item item : items) {
                if (review.isEmpty() || !approved(item, review.get(), hash, siteRoot)) {
                    out.add(item.path());
                }
            }
        }
        return out;
    }

    private static boolean approved(Item item, ReviewReport review, ObjectInserter.Formatter hash, Path siteRoot) {
        List<String> paths = new ArrayList<>();
        paths.add(item.path());
        item.resources().forEach(r -> paths.add(r.path()));
        for (String path : paths) {
            Optional<PathReview> p = review.path(path);
            if (p.isEmpty() || p.get().status() != PathReview.Status.APPROVED) {
                return false;
            }
            if (!hash.idFor(Constants.OBJ_BLOB, bytes(siteRoot.resolve(path))).equals(p.get().blob())) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
