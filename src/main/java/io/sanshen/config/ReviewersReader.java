package io.sanshen.config;

import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.review.signature.KeyParseException;
import io.sanshen.review.signature.PublicKeys;
import io.sanshen.review.signature.ReviewerKey;
import io.sanshen.yaml.YamlMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code reviewers:} list and parses every key at once, so a key that does not parse or is too weak is
 * a config error at its own line. Key parsing uses the leaf crypto package {@code review.signature}, which itself
 * imports nothing of the pipeline.
 */
final class ReviewersReader {
    private ReviewersReader() {
    }

    static List<Reviewer> read(YamlMap top, ConfigFiles files) {
        List<Reviewer> out = new ArrayList<>();
        for (Node n : top.list("reviewers")) {
            top.child(n, Text.of("审核人", "A reviewer")).ifPresent(m -> {
                String name = m.required("name", Text.of("姓名", "name")).orElse("");
                String unit = m.required("unit", Text.of("所在单位", "unit")).orElse("");
                List<RoleGrant> roles = new ArrayList<>();
                for (String r : m.strings("roles")) {
                    int at = r.lastIndexOf('@');
                    roles.add(at < 0 ? new RoleGrant(r, unit) : new RoleGrant(r.substring(0, at), r.substring(at + 1)));
                }
                List<String> emails = new ArrayList<>(m.strings("emails"));
                m.string("email").ifPresent(emails::add);
                List<KeySpec> keys = new ArrayList<>();
                for (Node k : m.list("keys")) {
                    key(m, k, files).ifPresent(keys::add);
                }
                if (keys.isEmpty() && !name.isEmpty()) {
                    m.sink().error("config.reviewer-no-key", m.pos(n), Text.of("审核人“" + name + "”没有登记公钥，无法签署审核记录。",
                            "Reviewer '" + name + "' has no registered key and cannot sign approvals."),
                            Text.of("在 keys 中添加其 SSH 公钥（.pub 文件内容）或 OpenPGP 公钥文件。",
                                    "Add the SSH public key (.pub contents) or an OpenPGP key file under keys."));
                }
                out.add(new Reviewer(name, unit, roles, keys, emails, m.date("valid-from").orElse(null),
                        m.date("revoked").orElse(null), m.pos(n)));
                m.rejectUnknown();
            });
        }
        return out;
    }

    /** One entry of a {@code keys:} list (also the deploy keys), parsed; errors go to the map's sink. */
    static Optional<KeySpec> key(YamlMap m, Node k, ConfigFiles files) {
        SourcePos pos = m.pos(k);
        if (k instanceof ScalarNode s) {
            return parsed(m, pos, s.getValue().strip(), () -> PublicKeys.parseSsh(s.getValue()));
        }
        return m.child(k, Text.of("公钥", "A key")).flatMap(km -> {
            Optional<String> path = km.string("openpgp");
            Optional<String> ssh = km.string("ssh");
            km.rejectUnknown();
            if (ssh.isPresent()) {
                return parsed(m, pos, ssh.get(), () -> PublicKeys.parseSsh(ssh.get()));
            }
            if (path.isEmpty()) {
                m.sink().error("config.key-shape", pos, Text.of("公钥应写成 SSH 公钥一行，或 {openpgp: 文件路径}。",
                        "A key is an SSH public key line or {openpgp: path/to/key.asc}."), Text.of("参照 README 的示例。", "See the README example."));
                return Optional.empty();
            }
            Optional<byte[]> bytes;
            try {
                bytes = files.read(path.get());
            } catch (IOException e) {
                bytes = Optional.empty();
            }
            if (bytes.isEmpty()) {
                m.sink().error("config.key-file", pos, Text.of("找不到 OpenPGP 公钥文件“" + path.get() + "”。",
                        "OpenPGP key file '" + path.get() + "' not found."), Text.of("路径相对于站点根目录，并提交该文件。",
                        "The path is relative to the site root; commit the file."));
                return Optional.empty();
            }
            String armored = new String(bytes.get(), StandardCharsets.UTF_8);
            return parsed(m, pos, path.get(), () -> PublicKeys.parseOpenPgp(armored));
        });
    }

    private static Optional<KeySpec> parsed(YamlMap m, SourcePos pos, String source,
            java.util.function.Supplier<ReviewerKey> parse) {
        try {
            ReviewerKey key = parse.get();
            if (key.weakness().isWeak()) {
                m.sink().error("config.key-weak", pos, Text.of("公钥强度不足：" + key.weakness().message().zh() + "。",
                        "Weak key: " + key.weakness().message().en() + "."), Text.of("改用 ssh-ed25519 或 RSA 3072 位以上的密钥。",
                        "Use ssh-ed25519 or RSA with at least 3072 bits."));
                return Optional.empty();
            }
            return Optional.of(new KeySpec(key, source, pos));
        } catch (KeyParseException e) {
            m.sink().error("config.key-parse", pos, Text.of("公钥无法解析：" + e.problem().zh(), "Key does not parse: "
                    + e.problem().en()), Text.of("粘贴 .pub 文件的完整一行，或 gpg --armor --export 的输出。",
                    "Paste the whole line of the .pub file, or the output of gpg --armor --export."));
            return Optional.empty();
        }
    }
}
