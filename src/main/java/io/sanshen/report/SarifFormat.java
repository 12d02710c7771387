package io.sanshen.report;

import io.sanshen.check.CheckReport;
import io.sanshen.check.RuleInfo;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Json;
import io.sanshen.diag.Lang;
import io.sanshen.diag.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning: one run whose driver lists the rules (those that ran, plus any other id a
 * finding carries, such as content loading errors), and one result per finding with its physical location.
 */
public final class SarifFormat implements FindingFormat {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public boolean describesRules() {
        return true;
    }

    @Override
    public void write(CheckReport report, List<RuleInfo> rules, Lang lang, Appendable out) throws IOException {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Object> ruleList = new ArrayList<>();
        for (RuleInfo r : rules) {
            addRule(r.id(), r.description(), lang, index, ruleList);
        }
        for (Finding f : report.findings()) {
            addRule(f.ruleId(), Text.of(f.ruleId(), f.ruleId()), lang, index, ruleList);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "sanshen");
        driver.put("rules", ruleList);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", report.findings().stream().map(f -> result(f, index.get(f.ruleId()), lang)).toList());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        Json.pretty(root, out);
    }

    private static void addRule(String id, Text description, Lang lang, Map<String, Integer> index, List<Object> list) {
        if (index.containsKey(id)) {
            return;
        }
        index.put(id, list.size());
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("shortDescription", Map.of("text", description.in(lang)));
        list.add(rule);
    }

    private static Map<String, Object> result(Finding f, int ruleIndex, Lang lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.ruleId());
        m.put("ruleIndex", ruleIndex);
        m.put("level", switch (f.severity()) {
            case BLOCKER -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        });
        String fix = f.fix().in(lang);
        String text = f.message().in(lang) + (fix.isEmpty() ? "" : (lang == Lang.EN ? " Fix: " : " 修改建议：") + fix);
        m.put("message", Map.of("text", text));
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", f.pos().path()));
        if (f.pos().line() > 0) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", f.pos().line());
            region.put("startColumn", Math.max(1, f.pos().column()));
            if (f.endColumn() > f.pos().column()) {
                region.put("endColumn", f.endColumn());
            }
            physical.put("region", region);
        }
        m.put("locations", List.of(Map.of("physicalLocation", physical)));
        return m;
    }
}
