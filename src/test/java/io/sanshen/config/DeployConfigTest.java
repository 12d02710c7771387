package io.sanshen.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.testkit.SiteFiles;
import io.sanshen.testkit.TestKeys;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The deploy: section: targets, releases kept and deploy keys, each mistake at its line. */
class DeployConfigTest {
    private static ConfigResult parse(String deploy) {
        return ConfigLoader.parse((SiteFiles.SITE_SECTION + deploy).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTargetsKeepAndKeys() {
        ConfigResult r = parse("deploy:\n  keys: [\"" + TestKeys.sshEd25519().publicLine() + "\"]\n  keep: 4\n  targets:\n"
                + "    - {name: web1, host: 10.0.0.5, user: www, path: /srv/www/portal, host-key: \"ssh-ed25519 AAAA\"}\n"
                + "    - {name: copy, path: /srv/pristine}\n");
        assertThat(r.findings()).isEmpty();
        DeployConfig d = r.config().orElseThrow().deploy();
        assertThat(d.keep()).isEqualTo(4);
        assertThat(d.keys()).hasSize(1);
        assertThat(d.targets()).extracting(t -> t.name() + " " + t.remote() + " " + t.user() + "@" + t.host() + ":" + t.port()
                + t.path()).containsExactly("web1 true www@10.0.0.5:22/srv/www/portal", "copy false deploy@:22/srv/pristine");
    }

    @Test
    void refusesAServerWithoutPinnedHostKeyARelativePathADuplicateNameAndAnUnknownField() {
        ConfigResult r = parse("deploy:\n  keep: 1\n  targets:\n    - {name: web1, host: 10.0.0.5, path: /srv/www}\n"
                + "    - {name: web1, path: srv/www, hots: x}\n");
        assertThat(r.config()).isEmpty();
        long at = SiteFiles.SITE_SECTION.lines().count(); // the deploy: line is the next one
        assertThat(r.findings()).extracting(f -> f.ruleId() + " " + (f.pos().line() - at)).containsExactly(
                "config.deploy-keep 2", "yaml.missing 4", "config.deploy-duplicate 5", "config.deploy-path 5",
                "yaml.unknown-key 5");
        assertThat(r.findings()).extracting(f -> f.message().en()).anyMatch(m -> m.contains("host-key"));
    }

    @Test
    void noDeploySectionMeansNoTargets() {
        assertThat(parse("").config().orElseThrow().deploy().targets()).isEmpty();
    }
}
