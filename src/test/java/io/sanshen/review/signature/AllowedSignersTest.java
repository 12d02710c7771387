package io.sanshen.review.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.sanshen.testkit.TestKeys;

class AllowedSignersTest {
    @Test
    void writesOneGitNamespaceLinePerSshKeyAndSkipsOpenPgp() {
        ReviewerKey a = PublicKeys.parseSsh(TestKeys.sshEd25519().publicLine());
        ReviewerKey b = PublicKeys.parseSsh(TestKeys.sshEd25519Other().publicLine());
        ReviewerKey pgp = PublicKeys.parseOpenPgp(TestKeys.newPgpEd25519("P <p@example.gov.cn>").armoredPublic());
        Map<String, List<ReviewerKey>> map = new LinkedHashMap<>();
        map.put("zhang.san@example.gov.cn", List.of(a, pgp));
        map.put("li.si", List.of(b));
        assertThat(AllowedSigners.write(map)).isEqualTo(
                "zhang.san@example.gov.cn namespaces=\"git\" " + a.openSshText() + "\n"
                        + "li.si namespaces=\"git\" " + b.openSshText() + "\n");
        assertThat(a.openSshText()).isEqualTo(TestKeys.sshEd25519().publicLine().replace(" alice@example.gov.cn", ""));
    }

    @Test
    void refusesPrincipalsSshKeygenWouldMisread() {
        ReviewerKey a = PublicKeys.parseSsh(TestKeys.sshEd25519().publicLine());
        assertThatThrownBy(() -> AllowedSigners.write(Map.of("张 三", List.of(a))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
