package io.sanshen.build;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.render.BuildMode;
import io.sanshen.render.OutputMarker;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Says loudly when a publishing build takes many items offline at once compared with the output it replaces:
 * a stray file, a deleted folder or a broken policy can empty a portal with every single step "correct", and the
 * people deploying should see it before the site goes dark.
 */
final class DropGuard {
    /** A drop of more than this share of the previous items (and at least {@link #MIN_DROP} items) is loud. */
    static final double SHARE = 0.2;
    static final int MIN_DROP = 3;

    private DropGuard() {
    }

    static Optional<Finding> check(Path outDir, BuildMode mode, int items) {
        OptionalInt before = OutputMarker.read(outDir).filter(m -> m == BuildMode.PUBLISH && mode == BuildMode.PUBLISH)
                .map(m -> OutputMarker.items(outDir)).orElse(OptionalInt.empty());
        if (before.isEmpty()) {
            return Optional.empty();
        }
        int dropped = before.getAsInt() - items;
        if (dropped < MIN_DROP || dropped <= before.getAsInt() * SHARE) {
            return Optional.empty();
        }
        return Optional.of(Finding.of("build.many-dropped", Severity.WARNING, SourcePos.file(outDir.getFileName().toString()),
                Text.of("本次发布 " + items + " 条信息，上次发布 " + before.getAsInt() + " 条：一次下线 " + dropped
                                + " 条，超过 " + Math.round(SHARE * 100) + "%。",
                        "This build publishes " + items + " items where the last one published " + before.getAsInt()
                                + ": " + dropped + " items go offline at once, over " + Math.round(SHARE * 100) + "%."),
                Text.of("部署前请核对“未发布”清单（撤稿、删除或目录结构改动是否都经过审核）。",
                        "Before deploying, check the list of items left out (were the withdrawals, deletions and structure changes all reviewed?).")));
    }
}
