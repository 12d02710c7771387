package io.sanshen.inspect;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Json;
import io.sanshen.diag.Lang;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The inspection as JSON (through the one JSON writer): stable keys, dates as ISO text, shares as fractions. */
public final class InspectionJson {
    private InspectionJson() {
    }

    public static void write(Inspection in, Lang lang, Appendable out) throws IOException {
        Json.pretty(map(in, lang), out);
    }

    static Map<String, Object> map(Inspection in, Lang lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", in.siteTitle());
        m.put("head", in.head());
        m.put("date", in.asOf().toString());
        m.put("vetoed", in.vetoed());
        m.put("vetoes", in.vetoes().stream().map(v -> obj("id", v.id(), "message", v.text().in(lang))).toList());
        Freshness f = in.freshness();
        Map<String, Object> home = new LinkedHashMap<>();
        home.put("last", f.homeLast().map(Object::toString).orElse(null));
        home.put("daysSince", f.homeDaysSince());
        home.put("stale", f.homeStale());
        m.put("home", home);
        m.put("leadDays", in.leadDays());
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("units", localized(in.names().units(), lang));
        names.put("columns", localized(in.names().columns(), lang));
        m.put("names", names);
        m.put("columns", f.columns().stream().map(c -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", c.column().id());
            o.put("title", c.column().title());
            o.put("unit", c.column().unitId());
            o.put("unitName", in.names().unit(c.column().unitId()).in(lang));
            o.put("updateDays", c.column().updateDays());
            o.put("last", c.last().map(Object::toString).orElse(null));
            o.put("daysSince", c.daysSince());
            o.put("daysLeft", c.daysLeft());
            o.put("state", c.state().name());
            return o;
        }).toList());
        Publishing p = in.publishing();
        Map<String, Object> pub = new LinkedHashMap<>();
        pub.put("months", p.months().stream().map(Object::toString).toList());
        pub.put("total", ints(p.total()));
        pub.put("byUnit", series(p.byUnit()));
        pub.put("byColumn", series(p.byColumn()));
        m.put("publishing", pub);
        Timeliness t = in.timeliness();
        Map<String, Object> rev = new LinkedHashMap<>();
        rev.put("approved", t.approved());
        rev.put("approvedOnTime", t.approvedOnTime());
        rev.put("rejections", t.rejections());
        rev.put("withdrawals", t.withdrawals());
        rev.put("byLevel", rows(t.byLevel()));
        rev.put("byReviewer", rows(t.byReviewer()));
        m.put("review", rev);
        m.put("backdated", in.backdated().stream().map(r -> obj("path", r.path(), "date", r.shownDay().toString(),
                "approved", r.onlineDay().toString())).toList());
        m.put("migrated", in.migrated().stream().map(r -> obj("path", r.path(), "date", r.shownDay().toString(),
                "approved", r.onlineDay().toString())).toList());
        m.put("expired", in.expired());
        ContentHealth h = in.health();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("itemsChecked", h.itemsChecked());
        health.put("waived", h.waived());
        health.put("byRule", h.byRule());
        health.put("byUnit", h.byUnit());
        health.put("deadLinks", findings(h.deadLinks(), lang));
        health.put("seriousWording", findings(h.seriousWording(), lang));
        health.put("withoutIndexNo", h.withoutIndexNo());
        health.put("duplicateIndexNo", h.duplicateIndexNo());
        m.put("health", health);
        m.put("trend", in.trend().stream().map(p2 -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("month", p2.month().toString());
            o.put("end", p2.end().toString());
            o.put("published", p2.published());
            o.put("failingColumns", p2.failingColumns());
            o.put("homeDaysSince", p2.homeDaysSince());
            o.put("onTimeShare", p2.onTimeShare());
            o.put("backdated", p2.backdated());
            return o;
        }).toList());
        m.put("healthTrend", in.healthTrend().stream().map(p2 -> obj("month", p2.month().toString(),
                "end", p2.end().toString(), "tree", p2.tree(), "open", p2.open(), "waived", p2.waived(),
                "byRule", p2.byRule())).toList());
        return m;
    }

    /** id → name in {@code lang}, sorted by id (the other sections key their counts by id). */
    private static Map<String, String> localized(Map<String, io.sanshen.diag.Text> names, Lang lang) {
        Map<String, String> out = new java.util.TreeMap<>();
        names.forEach((id, name) -> out.put(id, name.in(lang)));
        return out;
    }

    private static List<Integer> ints(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static Map<String, Object> series(Map<String, int[]> byKey) {
        Map<String, Object> out = new LinkedHashMap<>();
        byKey.forEach((k, v) -> out.put(k, ints(v)));
        return out;
    }

    private static List<Object> rows(List<Timeliness.Row> rows) {
        return rows.stream().map(r -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", r.name());
            o.put("decisions", r.steps());
            o.put("onTime", r.onTime());
            o.put("medianWorkdays", r.median());
            o.put("worstWorkdays", r.worst());
            return (Object) o;
        }).toList();
    }

    private static List<Object> findings(List<Finding> findings, Lang lang) {
        return findings.stream().map(f -> (Object) obj("rule", f.ruleId(), "at", f.pos().toString(),
                "message", f.message().in(lang))).toList();
    }

    /** An object with its keys in the order given (Map.of would shuffle them from run to run). */
    private static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            o.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return o;
    }
}
