package io.sanshen.report;

import io.sanshen.check.CheckReport;
import io.sanshen.check.RuleInfo;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Json;
import io.sanshen.diag.Lang;
import io.sanshen.diag.Severity;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stable JSON for scripts: {@code {"tool", "itemsChecked", "summary": {blocker, warning, info}, "findings": [...]}}
 * with each finding's rule, severity, path, line, column, endColumn, message, fix and excerpt, in finding order.
 */
public final class JsonFormat implements FindingFormat {
    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(CheckReport report, List<RuleInfo> rules, Lang lang, Appendable out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "sanshen");
        root.put("language", lang == Lang.EN ? "en" : "zh");
        root.put("itemsChecked", report.itemsChecked());
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            summary.put(s.id(), report.counts().getOrDefault(s, 0L));
        }
        root.put("summary", summary);
        root.put("findings", report.findings().stream().map(f -> finding(f, lang)).toList());
        Json.pretty(root, out);
    }

    private static Map<String, Object> finding(Finding f, Lang lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.ruleId());
        m.put("severity", f.severity().id());
        m.put("path", f.pos().path());
        m.put("line", f.pos().line());
        m.put("column", f.pos().column());
        m.put("endColumn", f.endColumn());
        m.put("message", f.message().in(lang));
        m.put("fix", f.fix().in(lang));
        m.put("excerpt", f.excerpt());
        return m;
    }
}
