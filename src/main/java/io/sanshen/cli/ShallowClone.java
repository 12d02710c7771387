package io.sanshen.cli;

import io.sanshen.diag.Text;
import java.io.File;
import org.eclipse.jgit.lib.Repository;

/**
 * A shallow clone ({@code git clone --depth 1}, the CI default) has no history, and approvals are history: review
 * would call every file unapproved and the build would find no approved policy. Refused with the fix instead.
 */
final class ShallowClone {
    private ShallowClone() {
    }

    /** Throws a {@link UserError} when {@code repo} is shallow (Git lists the cut-off commits in {@code shallow}). */
    static void refuse(Repository repo) {
        // linked work trees share the main repository's history and its shallow file
        File shallow = new File(repo.getCommonDirectory(), "shallow");
        if (shallow.isFile() && shallow.length() > 0) {
            throw new UserError(Text.of(
                    "这是一个浅克隆（shallow clone，如 git clone --depth 1），缺少审核记录所在的 Git 历史，无法判断哪些内容已审核。"
                            + "请先运行 git fetch --unshallow（CI 中设置 fetch-depth: 0），再重试。",
                    "This is a shallow clone (e.g. git clone --depth 1): the Git history that holds the approvals is"
                            + " missing, so nothing can be judged approved. Run git fetch --unshallow (in CI: fetch-depth: 0)"
                            + " and try again."));
        }
    }
}
