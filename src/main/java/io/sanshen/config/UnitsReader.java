package io.sanshen.config;

import io.sanshen.diag.Text;
import io.sanshen.yaml.YamlMap;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code units:} list (责任单位). */
final class UnitsReader {
    private UnitsReader() {
    }

    static List<Unit> read(YamlMap top) {
        List<Unit> units = new ArrayList<>();
        for (Node n : top.list("units")) {
            top.child(n, Text.of("单位", "A unit")).ifPresent(m -> {
                String id = m.required("id", Text.of("单位标识", "unit id")).orElse("");
                String name = m.required("name", Text.of("单位名称", "unit name")).orElse(id);
                String code = m.stringOr("credit-code", "");
                if (!code.isEmpty() && !code.matches("[0-9A-Z]{18}|[0-9A-Z]{8}-?[0-9X]")) {
                    m.sink().error("config.credit-code", m.keyPos("credit-code"),
                            Text.of("credit-code 应为 18 位统一社会信用代码或 9 位组织机构代码。",
                                    "credit-code must be an 18-character unified social credit code or 9-character organization code."),
                            Text.of("填写该单位的统一社会信用代码（大写）。", "Use the unit's credit code in upper case."));
                }
                units.add(new Unit(id, name, m.stringOr("name-en", name), code, m.pos(n)));
                m.rejectUnknown();
            });
        }
        return units;
    }
}
