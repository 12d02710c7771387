package io.sanshen.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.config.ConfigLoader;
import io.sanshen.config.ConfigResult;
import io.sanshen.config.ReviewPolicy;
import io.sanshen.diag.Finding;
import io.sanshen.testkit.TestKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewPolicyConfigTest {
    @TempDir
    Path tmp;

    private ConfigResult parse(String text) {
        return ConfigLoader.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesLevelsReviewersAndDefaults() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        ConfigResult r = parse(f.config(3, ""));
        assertThat(r.findings()).isEmpty();
        ReviewPolicy p = r.config().orElseThrow().review();
        assertThat(p.version()).isEqualTo(3);
        assertThat(p.levels()).extracting(l -> l.role()).containsExactly("网站信息员", "责任科室负责人", "单位分管领导", "主要领导");
        assertThat(p.level(4).orElseThrow().importantOnly()).isTrue();
        assertThat(p.deadlineDays()).isEqualTo(2);
        assertThat(p.confidentiality().level()).isEqualTo(3);
        assertThat(p.reviewer("科长乙").orElseThrow().emails()).containsExactly("chief@test.gov.cn");
    }

    @Test
    void unparsableKeyIsAnErrorAtItsLine() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        String text = f.config(1, "").replace(f.pub("科长乙"), "ssh-ed25519 AAAAnotakey");
        ConfigResult r = parse(text);
        Finding e = r.findings().stream().filter(x -> x.ruleId().equals("config.key-parse")).findFirst().orElseThrow();
        int line = (int) text.lines().takeWhile(l -> !l.contains("AAAAnotakey")).count() + 1;
        assertThat(e.pos().line()).isEqualTo(line);
        assertThat(r.ok()).isFalse();
    }

    @Test
    void weakRsaKeyIsRefused() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        String weak = TestKeys.newSshRsa(2048, "weak").publicLine();
        ConfigResult r = parse(f.config(1, "").replace(f.pub("科长乙"), weak));
        assertThat(r.findings()).extracting(Finding::ruleId).contains("config.key-weak");
    }

    @Test
    void reviewerInUnknownUnitIsAnError() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        ConfigResult r = parse(f.config(1, "").replace("unit: hr\n    roles", "unit: nowhere\n    roles"));
        assertThat(r.findings()).extracting(Finding::ruleId).contains("config.reviewer-unit");
    }

    @Test
    void levelWithoutEligibleReviewerIsAnError() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        ConfigResult r = parse(f.config(1, "").replace("roles: [主要领导]", "roles: []"));
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("config.level-unstaffed");
    }

    @Test
    void openPgpKeyFileIsReadThroughConfigFiles() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        String armored = TestKeys.pgpRsa3072().armoredPublic();
        String text = f.config(1, "").replace("keys: [\"" + f.pub("科长乙") + "\"]", "keys: [{openpgp: keys/chief.asc}]");
        ConfigResult r = ConfigLoader.parse(text.getBytes(StandardCharsets.UTF_8),
                p -> p.equals("keys/chief.asc") ? Optional.of(armored.getBytes(StandardCharsets.US_ASCII)) : Optional.empty());
        assertThat(r.findings()).isEmpty();
        assertThat(r.config().orElseThrow().review().reviewer("科长乙").orElseThrow().keys().get(0).key().bits()).isEqualTo(3072);
    }

    @Test
    void configWithoutReviewersStaysValidButUnconfigured() {
        ConfigResult r = parse(io.sanshen.testkit.SiteFiles.CONFIG.replace("-- site-config.yml --\n", ""));
        assertThat(r.ok()).isTrue();
        assertThat(r.config().orElseThrow().review().configured()).isFalse();
    }
}
