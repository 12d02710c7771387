package io.sanshen.report;

import io.sanshen.check.CheckReport;
import io.sanshen.check.RuleInfo;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import java.io.IOException;
import java.util.List;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,endColumn=…,title=…::message}), which the
 * runner turns into annotations on the pull request. Values are escaped as the runner expects.
 */
public final class ActionsFormat implements FindingFormat {
    @Override
    public String name() {
        return "github";
    }

    @Override
    public void write(CheckReport report, List<RuleInfo> rules, Lang lang, Appendable out) throws IOException {
        for (Finding f : report.findings()) {
            out.append(line(f, lang)).append('\n');
        }
    }

    static String line(Finding f, Lang lang) {
        String command = switch (f.severity()) {
            case BLOCKER -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        StringBuilder sb = new StringBuilder("::").append(command).append(" file=").append(property(f.pos().path()));
        if (f.pos().line() > 0) {
            sb.append(",line=").append(f.pos().line()).append(",col=").append(f.pos().column());
            if (f.endColumn() > f.pos().column()) {
                sb.append(",endColumn=").append(f.endColumn());
            }
        }
        sb.append(",title=").append(property(f.severity().label(lang) + " [" + f.ruleId() + "]"));
        String fix = f.fix().in(lang);
        String text = f.message().in(lang) + (fix.isEmpty() ? "" : (lang == Lang.EN ? " Fix: " : " 修改建议：") + fix);
        return sb.append("::").append(data(text)).toString();
    }

    /** Message text: %, CR and LF are encoded. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Property values additionally encode ':' and ','. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
