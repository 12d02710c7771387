package io.sanshen.config;

import io.sanshen.diag.Text;
import io.sanshen.review.signature.KeyFormat;
import io.sanshen.yaml.YamlMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code deploy:} section (targets, releases kept, manifest keys). */
final class DeployReader {
    private DeployReader() {
    }

    static DeployConfig read(YamlMap m, ConfigFiles files) {
        List<KeySpec> keys = new ArrayList<>();
        for (Node k : m.list("keys")) {
            ReviewersReader.key(m, k, files).ifPresent(spec -> {
                if (spec.key().format() == KeyFormat.SSH) {
                    keys.add(spec);
                } else {
                    m.sink().error("config.deploy-key", spec.pos(), Text.of("部署密钥必须是 SSH 公钥。",
                            "A deploy key must be an SSH public key."), Text.of("填写部署私钥对应的 .pub 文件内容。",
                            "Paste the .pub file of the deploy key."));
                }
            });
        }
        int keep = m.integer("keep").orElse(DeployConfig.DEFAULT_KEEP);
        if (keep < 2) {
            m.sink().error("config.deploy-keep", m.keyPos("keep"), Text.of("keep 至少为 2（回滚需要上一个版本）。",
                    "keep must be at least 2 (a rollback needs the previous release)."), Text.of("写 keep: 5。", "Write keep: 5."));
        }
        List<DeployTarget> targets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node n : m.list("targets")) {
            m.child(n, Text.of("部署目标", "A deploy target")).ifPresent(t -> {
                String name = t.required("name", Text.of("目标名称", "target name")).orElse("");
                String path = t.required("path", Text.of("部署目录", "deploy folder")).orElse("");
                String host = t.stringOr("host", "");
                String hostKey = t.stringOr("host-key", "");
                if (!host.isEmpty() && hostKey.isEmpty()) {
                    t.required("host-key", Text.of("服务器主机公钥（ssh-keyscan 的输出）", "the server's host key (from ssh-keyscan)"));
                }
                if (!path.isEmpty() && !path.startsWith("/")) {
                    t.sink().error("config.deploy-path", t.keyPos("path"), Text.of("部署目录必须是绝对路径。",
                            "The deploy folder must be an absolute path."), Text.of("例如 /srv/www/portal。", "E.g. /srv/www/portal."));
                }
                if (!name.isEmpty() && !names.add(name)) {
                    t.sink().error("config.deploy-duplicate", t.keyPos("name"), Text.of("部署目标“" + name + "”重复。",
                            "Deploy target '" + name + "' is listed twice."), Text.of("每个目标用不同的名称。", "Give each target its own name."));
                }
                targets.add(new DeployTarget(name, host, t.integer("port").orElse(22), t.stringOr("user", "deploy"),
                        path, hostKey, t.pos(n)));
                t.rejectUnknown();
            });
        }
        m.rejectUnknown();
        return new DeployConfig(targets, keep, keys);
    }
}
