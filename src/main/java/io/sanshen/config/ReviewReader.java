package io.sanshen.config;

import io.sanshen.diag.Text;
import io.sanshen.yaml.YamlMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the {@code review:} section: levels, confidentiality, deadline, calendar extensions, admins, version. */
final class ReviewReader {
    private ReviewReader() {
    }

    /** Everything of {@link ReviewPolicy} except the reviewers and {@code configured}. */
    static ReviewPolicy read(YamlMap m) {
        List<ReviewLevel> levels = m.has("levels") ? levels(m) : ReviewPolicy.defaultLevels();
        Confidentiality conf = confidentiality(m);
        int deadline = positive(m, "deadline-days", 2);
        List<LocalDate> holidays = dates(m, "holidays");
        List<LocalDate> workdays = dates(m, "workdays");
        List<String> admins = m.strings("admins");
        int threshold = positive(m, "admin-threshold", 1);
        int version = m.integer("version").orElse(0);
        int rotation = positive(m, "key-rotation-months", 12);
        Optional<String> migration = migration(m);
        m.rejectUnknown();
        return new ReviewPolicy(false, version, levels, conf, deadline, holidays, workdays, admins, threshold,
                rotation, migration, List.of());
    }

    private static List<ReviewLevel> levels(YamlMap m) {
        List<ReviewLevel> out = new ArrayList<>();
        for (Node n : m.list("levels")) {
            m.child(n, Text.of("审核级别", "A review level")).ifPresent(l -> {
                int number = l.integer("level").orElse(out.size() + 1);
                if (number != out.size() + 1) {
                    l.sink().error("config.review-level-order", l.keyPos("level"),
                            Text.of("审核级别应从 1 起依次编号，这里应为 " + (out.size() + 1) + "。",
                                    "Review levels must be numbered from 1 in order; expected " + (out.size() + 1) + " here."),
                            Text.of("按一审、二审、三审、终审的顺序排列。", "List them in order: level 1, 2, 3, 4."));
                }
                String name = l.stringOr("name", "第" + number + "级");
                String role = l.required("role", Text.of("审核角色", "reviewer role")).orElse("");
                out.add(new ReviewLevel(number, name, role, l.bool("important-only").orElse(false)));
                l.rejectUnknown();
            });
        }
        return out;
    }

    private static Confidentiality confidentiality(YamlMap m) {
        Optional<Node> node = m.node("confidentiality");
        if (node.isEmpty()) {
            return Confidentiality.defaults();
        }
        if (node.get() instanceof ScalarNode s) {
            String v = s.getValue().strip();
            return v.matches("\\d+") ? new Confidentiality("", Integer.parseInt(v)) : new Confidentiality(v, 0);
        }
        return m.map("confidentiality").map(c -> {
            Confidentiality result = new Confidentiality(c.stringOr("role", ""), c.integer("level").orElse(3));
            c.rejectUnknown();
            return result;
        }).orElse(Confidentiality.defaults());
    }

    /** A full commit id: an abbreviation could come to name another commit as the history grows. */
    private static Optional<String> migration(YamlMap m) {
        Optional<String> id = m.string("migration").map(String::strip);
        if (id.isPresent() && !id.get().matches("[0-9a-f]{40}")) {
            m.sink().error("config.review-migration", m.keyPos("migration"), Text.of("“migration”应为完整的 40 位提交号。",
                    "'migration' must be a full 40-character commit id."), Text.of("用 git rev-parse 提交 查出完整提交号。",
                    "Get the full id with git rev-parse COMMIT."));
            return Optional.empty();
        }
        return id;
    }

    private static int positive(YamlMap m, String key, int fallback) {
        int v = m.integer(key).orElse(fallback);
        if (v < 1) {
            m.sink().error("config.review-positive", m.keyPos(key), Text.of("“" + key + "”应为正整数。",
                    "'" + key + "' must be a positive whole number."), Text.of("例如 " + fallback + "。", "For example " + fallback + "."));
            return fallback;
        }
        return v;
    }

    private static List<LocalDate> dates(YamlMap m, String key) {
        List<LocalDate> out = new ArrayList<>();
        for (String s : m.strings(key)) {
            try {
                out.add(LocalDate.parse(s));
            } catch (java.time.format.DateTimeParseException e) {
                m.sink().error("config.review-date", m.keyPos(key), Text.of("“" + key + "”中的“" + s + "”不是日期。",
                        "'" + s + "' in '" + key + "' is not a date."), Text.of("写成 2026-10-09。", "Write it as 2026-10-09."));
            }
        }
        return out;
    }
}
