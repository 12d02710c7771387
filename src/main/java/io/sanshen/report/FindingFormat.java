package io.sanshen.report;

import io.sanshen.check.CheckReport;
import io.sanshen.check.RuleInfo;
import io.sanshen.diag.Lang;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** One way of writing a check report: {@code text}, {@code json}, {@code sarif} or {@code github}. */
public interface FindingFormat {
    /** The name users pass to {@code --format}. */
    String name();

    /** Writes every finding of {@code report}; {@code rules} describes the rules that ran (for SARIF). */
    void write(CheckReport report, List<RuleInfo> rules, Lang lang, Appendable out) throws IOException;

    /**
     * Whether {@link #write} reads {@code rules}: describing them builds every rule (word lists, dictionaries),
     * which a check answered from the cache need not do.
     */
    default boolean describesRules() {
        return false;
    }

    /** Every shipped format, in the order help texts list them. */
    static List<FindingFormat> all() {
        return List.of(new TextFormat(), new JsonFormat(), new SarifFormat(), new ActionsFormat());
    }

    static Optional<FindingFormat> named(String name) {
        return all().stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
