package io.sanshen.desk;

import static io.sanshen.desk.DeskHtml.esc;

import io.sanshen.config.Confidentiality;
import io.sanshen.config.SiteConfig;
import io.sanshen.review.PathReview;
import java.util.List;
import java.util.Optional;

/**
 * The one form of the item page: the key to sign with, the opinion, the 保密审查 attestation when this step attests
 * it, and one button per decision — the common opinions are buttons of their own, one click away. No script: each
 * button posts the form with its own {@code do} value ({@code approve:意见}, {@code reject:意见}, {@code withdraw:}).
 */
final class DecisionForm {
    /** The five checks a confidentiality attestation names (政治、政策、文字、保密、舆情: 五关). */
    static final List<String> CHECKS = List.of("政治", "政策", "文字", "保密", "舆情");
    static final List<String> QUICK_APPROVE = List.of("同意发布", "同意");
    static final List<String> QUICK_REJECT = List.of("退回修改：请核实内容和数据后重新报送", "退回修改：文字有误，请校对");

    private DecisionForm() {
    }

    static String render(PathReview p, SiteConfig config, String csrf, Optional<String> keyFile, boolean online) {
        boolean waiting = !p.waitingFor().isEmpty() && p.status() != PathReview.Status.REJECTED
                && !p.waitingFor().equals("admin");
        StringBuilder b = new StringBuilder("<form class=\"decide\" method=\"post\" action=\"/decide\">")
                .append("<h2 id=\"decide-h\">审核决定</h2>")
                .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(esc(csrf)).append("\">")
                .append("<input type=\"hidden\" name=\"path\" value=\"").append(esc(p.path())).append("\">")
                .append("<input type=\"hidden\" name=\"level\" value=\"").append(esc(p.waitingFor())).append("\">")
                .append("<label for=\"key\">签名密钥文件（SSH 私钥或 OpenPGP 私钥；SSH 公钥 .pub 表示由 ssh-agent 签名；留空则用 git 配置的签名方式，如 gpg）</label>")
                .append("<input type=\"text\" id=\"key\" name=\"key\" value=\"").append(esc(keyFile.orElse(""))).append("\">")
                .append("<label for=\"passphrase\">私钥口令（SSH 或 OpenPGP 私钥有口令时填写；只在内存中使用，不保存）</label>")
                .append("<input type=\"password\" id=\"passphrase\" name=\"passphrase\" autocomplete=\"off\">")
                .append("<label for=\"opinion\">审核意见</label><textarea id=\"opinion\" name=\"opinion\" rows=\"3\"></textarea>");
        if (waiting && attests(p.waitingFor(), config)) {
            b.append("<fieldset><legend>保密审查：本人已审查以下各项</legend>");
            for (String c : CHECKS) {
                b.append("<label><input type=\"checkbox\" name=\"checks\" value=\"").append(c).append("\" checked> ")
                        .append(c).append("</label>");
            }
            b.append("</fieldset>");
        }
        if (waiting) {
            String level = QueuePage.levelName(p.waitingFor(), config);
            b.append("<p>");
            for (String q : QUICK_APPROVE) {
                b.append(button("approve:" + q, level + "：" + q));
            }
            b.append(button("approve:", level + "：同意（按所填意见）")).append("</p><p>");
            for (String q : QUICK_REJECT) {
                b.append(button("reject:" + q, q));
            }
            b.append(button("reject:", "退回修改（按所填意见）")).append("</p>");
        }
        if (online) {
            b.append("<p>").append(button("withdraw:", "失效下线（意见栏填写失效原因）")).append("</p>");
        }
        if (!waiting && !online) {
            b.append("<p>此稿件当前无需审核。</p>");
        }
        return b.append("</form>").toString();
    }

    /** Whether approving at this step attests 保密审查 (the policy's attesting level, or the dedicated step). */
    static boolean attests(String waitingFor, SiteConfig config) {
        if (waitingFor.equals("confidentiality")) {
            return true;
        }
        Confidentiality c = config.review().confidentiality();
        return !c.byRole() && waitingFor.equals(Integer.toString(c.level()));
    }

    private static String button(String value, String label) {
        return "<button type=\"submit\" name=\"do\" value=\"" + esc(value) + "\">" + esc(label) + "</button>";
    }
}
