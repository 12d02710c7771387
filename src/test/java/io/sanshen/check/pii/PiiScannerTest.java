package io.sanshen.check.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers: ID, mobile and bank card, with their look-alikes. */
class PiiScannerTest {
    static final PiiScanner SCANNER = new PiiScanner(PiiPolicy.defaults(), LocalDate.of(2025, 6, 1));
    static final String ID = "11010519491231002X";
    static final String CARD = "622202123456789" + Luhn.checkDigit("622202123456789");

    static List<PiiHit> scan(String text) {
        return SCANNER.scan(text);
    }

    @Test
    void flagsValidIdNumberAsBlocker() {
        List<PiiHit> hits = scan("申请人身份证号：" + ID + "。");
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(PiiKind.ID_NUMBER);
            assertThat(h.value()).isEqualTo(ID);
            assertThat(h.start()).isEqualTo(8);
            assertThat(h.level()).isEqualTo(PiiLevel.BLOCKER);
            assertThat(h.reasonKey()).isEqualTo("pii.id_number");
        });
    }

    @Test
    void flagsIdNumberBuiltWithValidator() {
        String id = "32050219800315123" + ResidentId.checkChar("32050219800315123");
        assertThat(scan("身份证：" + id)).extracting(PiiHit::kind).containsExactly(PiiKind.ID_NUMBER);
    }

    @Test
    void flagsLegacyFifteenDigitId() {
        assertThat(scan("身份证号110105491231002")).extracting(PiiHit::kind).containsExactly(PiiKind.ID_NUMBER);
    }

    @Test
    void ignoresIdWithWrongCheckDigit() {
        assertThat(scan("身份证号：110105194912310021")).isEmpty();
    }

    @Test
    void ignoresIdWithFebruaryThirtieth() {
        String id = "32050219900230123" + ResidentId.checkChar("32050219900230123");
        assertThat(scan("身份证号：" + id)).isEmpty();
    }

    @Test
    void ignoresMaskedId() {
        assertThat(scan("身份证号：3204**********1234，1101**********002X，1101××××××××××002X")).isEmpty();
        assertThat(scan("身份证号：3204xxxxxxxxxx1234")).isEmpty();
    }

    @Test
    void ignoresValidSocialCreditCode() {
        assertThat(scan("统一社会信用代码：91350100M000100Y43")).isEmpty();
        assertThat(scan("91350100M000100Y43")).isEmpty();
    }

    @Test
    void ignoresEarlyCodeFailingCheckWhenLabelledCreditCode() {
        assertThat(SocialCreditCode.isValid(ID)).isFalse();
        assertThat(scan("统一社会信用代码：" + ID)).isEmpty();
        assertThat(scan("注册号 " + ID)).isEmpty();
    }

    @Test
    void flagsMobileNextToNamedContact() {
        List<PiiHit> hits = scan("联系人：张三，联系电话：13800138000。");
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(PiiKind.MOBILE);
            assertThat(h.value()).isEqualTo("13800138000");
            assertThat(h.level()).isEqualTo(PiiLevel.WARNING);
            assertThat(h.reasonKey()).isEqualTo("pii.mobile.named");
        });
    }

    @Test
    void flagsMobileDirectlyAfterName() {
        assertThat(scan("张三 13800138000")).extracting(PiiHit::reasonKey).containsExactly("pii.mobile.named");
    }

    @Test
    void ignoresMobileAfterPublicServiceWords() {
        assertThat(scan("咨询电话：13800138000")).isEmpty();
        assertThat(scan("监督电话：0512-12345678，13912345678")).isEmpty();
        assertThat(scan("举报电话 13800138000（工作日）")).isEmpty();
        assertThat(scan("服务热线：13800138000，张三负责")).isEmpty();
    }

    @Test
    void aServiceLabelCoversTheWholeListOfNumbersAfterItAndNoMore() {
        assertThat(scan("咨询电话：0512-86207531、13975550120、13861239876、13755550123")).isEmpty();
        assertThat(scan("服务电话：13975550120 或 13861239876，13755550123/13644448888。")).isEmpty();
        assertThat(scan("监督电话：（0512）86207531，13975550120，13861239876，13755550123")).isEmpty();
        assertThat(scan("联系电话：0512-86207531、13975550120、13861239876、13755550123")).isEmpty();
        // and no further than the list
        assertThat(scan("咨询电话：0512-86207531、13975550120，联系人张三13861239876。"))
                .extracting(PiiHit::value, PiiHit::reasonKey).containsExactly(tuple("13861239876", "pii.mobile.named"));
        assertThat(scan("咨询电话：0512-86207531、13975550120。请拨打13861239876报名")).extracting(PiiHit::value)
                .containsExactly("13861239876");
    }

    @Test
    void theHotline12345IsAWordOnlyWhenItStandsAlone() {
        // 12345 inside another number is no hotline: the named mobile after it is still personal
        assertThat(scan("请联系：13812345670、张三13861239876")).extracting(PiiHit::value)
                .containsExactly("13812345670", "13861239876");
        assertThat(scan("拨打12345，或13861239876")).isEmpty();
    }

    @Test
    void ignoresLandlineAndHotline() {
        assertThat(scan("咨询电话：0512-12345678；或拨打12345政务服务热线。")).isEmpty();
        assertThat(scan("电话：0512-12345678")).isEmpty();
    }

    @Test
    void ignoresOfficeContactNumberWithoutName() {
        assertThat(scan("联系电话：13800138000")).isEmpty();
    }

    @Test
    void warnsAboutBareMobileNumber() {
        assertThat(scan("请拨打13800138000报名")).extracting(PiiHit::reasonKey).containsExactly("pii.mobile");
    }

    @Test
    void flagsGroupedAndInternationalMobileSpellings() {
        assertThat(scan("张三：138-1234-5678")).extracting(PiiHit::value).containsExactly("138-1234-5678");
        assertThat(scan("张三：138 1234 5678")).extracting(PiiHit::value).containsExactly("138 1234 5678");
        assertThat(scan("张三：+8613812345678")).extracting(PiiHit::value).containsExactly("13812345678");
        assertThat(scan("张三：86-13812345678")).extracting(PiiHit::value).containsExactly("13812345678");
    }

    @Test
    void ignoresMaskedMobile() {
        assertThat(scan("联系人：张三，手机：138****5678")).isEmpty();
        assertThat(scan("联系人：张三，手机：1381234****")).isEmpty();
    }

    @Test
    void ignoresUnallocatedMobilePrefix() {
        assertThat(scan("张三 12012345678")).isEmpty();
    }

    @Test
    void ignoresNumbersInsideLongerDigitRuns() {
        assertThat(scan("订单号20240315138001380001已支付")).isEmpty();
        assertThat(scan("编号：A13800138000")).isEmpty();
        assertThat(scan("张三 138001380001")).isEmpty();
        assertThat(scan("张三 3.13800138000")).isEmpty();
    }

    @Test
    void ignoresDatesAndDocumentNumbers() {
        assertThat(scan("苏府办〔2024〕138号，2024年3月15日，20240315，2024-03-15，索引号：014000000/2024-00138")).isEmpty();
    }

    @Test
    void ignoresMobileLocalPartOfEmailAddress() {
        assertThat(scan("投稿邮箱：13800138000@163.com")).isEmpty();
    }

    @Test
    void flagsPersonalBankCard() {
        assertThat(scan("户名：张三，开户行：中国银行，账号：" + CARD)).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(PiiKind.BANK_CARD);
            assertThat(h.level()).isEqualTo(PiiLevel.BLOCKER);
        });
    }

    @Test
    void flagsGroupedBankCardNumber() {
        String grouped = CARD.substring(0, 4) + " " + CARD.substring(4, 8) + " " + CARD.substring(8, 12) + " "
                + CARD.substring(12);
        assertThat(scan("银行卡号：" + grouped)).extracting(PiiHit::value).containsExactly(grouped);
    }

    @Test
    void ignoresCorporateAccount() {
        assertThat(scan("对公账户：" + CARD)).isEmpty();
        assertThat(scan("户名：苏州市财政局，开户行：中国银行苏州分行，账号：" + CARD)).isEmpty();
        assertThat(scan("单位账户 " + CARD + "，开户行：工商银行")).isEmpty();
    }

    @Test
    void ignoresCardShapedNumberWithoutAnyContext() {
        assertThat(scan("本次共涉及" + CARD + "条记录")).isEmpty();
    }

    @Test
    void ignoresBankCardFailingLuhn() {
        String bad = CARD.substring(0, 15) + ((CARD.charAt(15) - '0' + 1) % 10);
        assertThat(scan("银行卡号：" + bad)).isEmpty();
    }

    @Test
    void ignoresMaskedBankCard() {
        assertThat(scan("银行卡号：************" + CARD.substring(12))).isEmpty();
    }

    @Test
    void treatsFullWidthDigitsAsDigits() {
        String wide = "１３８００１３８０００";
        assertThat(scan("联系人：张三 " + wide)).extracting(PiiHit::value).containsExactly(wide);
    }

    @Test
    void reportsHitsInTextOrderWithExactOffsets() {
        String text = "姓名：李四，身份证号：" + ID + "，手机：13912345678";
        List<PiiHit> hits = scan(text);
        assertThat(hits).extracting(PiiHit::kind).containsExactly(PiiKind.ID_NUMBER, PiiKind.MOBILE);
        hits.forEach(h -> assertThat(text.substring(h.start(), h.end())).isEqualTo(h.value()));
    }
}
