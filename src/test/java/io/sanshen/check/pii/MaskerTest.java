package io.sanshen.check.pii;

import static io.sanshen.check.pii.PiiScannerTest.CARD;
import static io.sanshen.check.pii.PiiScannerTest.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskerTest {
    private final PiiScanner scanner = PiiScannerTest.SCANNER;
    private final Masker masker = new Masker(MaskingStyle.defaults());

    @Test
    void masksIdKeepingFourAndFour() {
        assertThat(masker.maskValue(PiiKind.ID_NUMBER, "320402198003151236")).isEqualTo("3204**********1236");
        assertThat(masker.maskValue(PiiKind.ID_NUMBER, ID)).isEqualTo("1101**********002X");
    }

    @Test
    void masksMobileKeepingThreeAndFourAndSeparators() {
        assertThat(masker.maskValue(PiiKind.MOBILE, "13812345678")).isEqualTo("138****5678");
        assertThat(masker.maskValue(PiiKind.MOBILE, "138-1234-5678")).isEqualTo("138-****-5678");
    }

    @Test
    void masksBankCardKeepingLastFour() {
        assertThat(masker.maskValue(PiiKind.BANK_CARD, "6222021234567894")).isEqualTo("************7894");
    }

    @Test
    void masksEmailLocalPartKeepingFirstCharAndDomain() {
        assertThat(masker.maskValue(PiiKind.EMAIL, "zhangsan@163.com")).isEqualTo("z*******@163.com");
    }

    @Test
    void masksAddressAfterItsFirstSixChars() {
        assertThat(masker.maskValue(PiiKind.HOME_ADDRESS, "苏州市姑苏区人民路100号")).isEqualTo("苏州市姑苏区*******");
    }

    @Test
    void alwaysMasksAtLeastOneChar() {
        Masker generous = new Masker(MaskingStyle.defaults().withRule(PiiKind.MOBILE, new MaskingStyle.Rule(8, 8)));
        assertThat(generous.maskValue(PiiKind.MOBILE, "13812345678")).contains("*");
    }

    @Test
    void leavesHealthTermsToHumansByDefault() {
        String text = "张三同志患有尿毒症";
        List<PiiHit> hits = scanner.scan(text);
        assertThat(hits).isNotEmpty();
        assertThat(masker.mask(text, hits).text()).isEqualTo(text);
    }

    @Test
    void usesConfiguredStyle() {
        MaskingStyle style = MaskingStyle.defaults().withMaskChar('×')
                .withRule(PiiKind.ID_NUMBER, new MaskingStyle.Rule(6, 0));
        assertThat(new Masker(style).maskValue(PiiKind.ID_NUMBER, ID)).isEqualTo("110105××××××××××××");
    }

    @Test
    void rewritesTextAndListsReplacementsWithOriginalOffsets() {
        String text = "姓名：李四，身份证号：" + ID + "，手机：13912345678。";
        Masker.Result r = masker.mask(text, scanner.scan(text));
        assertThat(r.text()).isEqualTo("姓名：李四，身份证号：1101**********002X，手机：139****5678。");
        assertThat(r.replacements()).extracting(Masker.Replacement::start).containsExactly(11, 33);
        assertThat(r.replacements().get(1).oldValue()).isEqualTo("13912345678");
        assertThat(r.replacements().get(1).newValue()).isEqualTo("139****5678");
    }

    @Test
    void maskedOutputScansClean() {
        String text = """
                ## 2024年困难家庭救助名单公示

                | 序号 | 姓名 | 身份证号 | 手机 | 银行卡号 |
                |---|---|---|---|---|
                | 1 | 王小明 | %s | 13912345678 | %s |
                | 2 | 欧阳明 | 110105491231002 | 138-1234-5678 | 4111 1111 1111 1111 |

                联系人：张三，邮箱：zhangsan@163.com，家庭住址：苏州市姑苏区人民路100号3栋201室。
                """.formatted(ID, CARD);
        List<PiiHit> hits = scanner.scan(text);
        assertThat(hits).extracting(PiiHit::kind).contains(PiiKind.ID_NUMBER, PiiKind.MOBILE, PiiKind.BANK_CARD,
                PiiKind.EMAIL, PiiKind.HOME_ADDRESS);
        assertThat(hits).hasSize(8);
        String masked = masker.mask(text, hits).text();
        assertThat(scanner.scan(masked)).isEmpty();
        assertThat(masker.mask(masked, scanner.scan(masked)).text()).isEqualTo(masked);
    }

    @Test
    void maskedOutputScansCleanWithCustomMaskChar() {
        MaskingStyle style = MaskingStyle.defaults().withMaskChar('#');
        PiiScanner custom = new PiiScanner(PiiPolicy.defaults().withMaskingStyle(style), LocalDate.of(2025, 6, 1));
        String text = "姓名：李四，身份证号：" + ID + "，手机：13912345678。";
        String masked = new Masker(style).mask(text, custom.scan(text)).text();
        assertThat(masked).contains("1101##########002X");
        assertThat(custom.scan(masked)).isEmpty();
    }

    @Test
    void rejectsHitsThatDoNotDescribeTheText() {
        List<PiiHit> hits = scanner.scan("张三 13912345678");
        assertThatThrownBy(() -> masker.mask("李四 13800138000", hits)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsLetterAsMaskChar() {
        assertThatThrownBy(() -> MaskingStyle.defaults().withMaskChar('x'))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
