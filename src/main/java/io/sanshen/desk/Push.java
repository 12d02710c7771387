package io.sanshen.desk;

import static io.sanshen.desk.DeskHtml.esc;

import io.sanshen.approve.ReviewRepo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * Pushes the current branch — with the records just signed — to the remote {@code origin}, only when the reviewer
 * asks (a button): the desk never publishes anything on its own. Transport and credentials are Git's own (SSH
 * keys or agent, credential helpers are not read: an HTTPS remote that needs a password says so).
 */
final class Push {
    static final String REMOTE = "origin";

    private Push() {
    }

    /** Pushes; returns the notice (HTML) that says what happened. */
    static String run(Path siteRoot) throws IOException {
        try (Repository repo = ReviewRepo.open(siteRoot); Git git = new Git(repo)) {
            if (!repo.getRemoteNames().contains(REMOTE)) {
                return notice(false, "没有配置远程仓库 origin，未推送。");
            }
            String branch = repo.getBranch();
            List<String> problems = new ArrayList<>();
            for (PushResult result : git.push().setRemote(REMOTE).add(branch).call()) {
                for (RemoteRefUpdate u : result.getRemoteUpdates()) {
                    if (u.getStatus() != RemoteRefUpdate.Status.OK && u.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
                        problems.add(u.getRemoteName() + "：" + u.getStatus()
                                + (u.getStatus() == RemoteRefUpdate.Status.REJECTED_NONFASTFORWARD
                                ? "（远程已有新的提交，请先拉取合并后再推送）" : ""));
                    }
                }
            }
            return problems.isEmpty() ? notice(true, "已推送到 " + REMOTE + "/" + branch + "。")
                    : notice(false, "推送失败：" + String.join("；", problems));
        } catch (GitAPIException | RuntimeException e) {
            return notice(false, "推送失败：" + e.getMessage());
        }
    }

    private static String notice(boolean ok, String text) {
        return "<div class=\"" + (ok ? "done\" role=\"status\"" : "refusal\" role=\"alert\"") + "><p>" + esc(text) + "</p></div>";
    }

    /** The button that asks for a push (its form carries the session token like every form). */
    static String form(String csrf) {
        return "<form class=\"decide\" method=\"post\" action=\"/push\"><input type=\"hidden\" name=\"csrf\" value=\""
                + esc(csrf) + "\"><button type=\"submit\">推送审核记录到远程仓库（" + REMOTE + "）</button></form>";
    }
}
