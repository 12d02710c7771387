package io.sanshen.check.pii;

import static io.sanshen.check.pii.PiiScannerTest.ID;
import static io.sanshen.check.pii.PiiScannerTest.scan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists, e-mail, addresses, health terms and policy. */
class PiiScannerContextTest {
    private static final String LIST = """
            ## 2024年城乡低保对象名单公示

            | 序号 | 姓名 | 身份证号 | 联系电话 |
            |---|---|---|---|
            | 1 | 王小明 | %s | 13912345678 |
            | 2 | 李秀英 | 3204**********1234 | 138****5678 |
            """.formatted(ID);

    @Test
    void blocksUnmaskedIdAndMobileInPublishedList() {
        List<PiiHit> hits = scan(LIST);
        assertThat(hits).extracting(PiiHit::kind).containsExactly(PiiKind.ID_NUMBER, PiiKind.MOBILE);
        assertThat(hits).allSatisfy(h -> assertThat(h.level()).isEqualTo(PiiLevel.BLOCKER));
        assertThat(hits).extracting(PiiHit::reasonKey).containsExactly("pii.id_number.list", "pii.mobile.list");
    }

    @Test
    void detectsListWordInSameParagraph() {
        assertThat(scan("拟表彰人员名单：张三，13912345678。")).extracting(PiiHit::level)
                .containsExactly(PiiLevel.BLOCKER);
    }

    @Test
    void takesListContextFromCaller() {
        PiiScanner scanner = PiiScannerTest.SCANNER;
        assertThat(scanner.scan("张三 13912345678", false)).extracting(PiiHit::level).containsExactly(PiiLevel.WARNING);
        assertThat(scanner.scan("张三 13912345678", true)).extracting(PiiHit::level).containsExactly(PiiLevel.BLOCKER);
    }

    @Test
    void listHeadingStopsAtNextSiblingHeading() {
        String text = "# 通知\n\n## 名单\n\n内容\n\n## 联系我们\n\n张三 13912345678\n";
        assertThat(scan(text)).extracting(PiiHit::level).containsExactly(PiiLevel.WARNING);
    }

    @Test
    void flagsPersonalEmailNearName() {
        assertThat(scan("联系人：张三，邮箱：zhangsan@163.com")).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(PiiKind.EMAIL);
            assertThat(h.value()).isEqualTo("zhangsan@163.com");
        });
        assertThat(scan("张三的邮箱是zhangsan@163.com")).extracting(PiiHit::kind).containsExactly(PiiKind.EMAIL);
    }

    @Test
    void ignoresOfficeAndRoleMailboxes() {
        assertThat(scan("联系人：张三，电子邮箱：zhangsan@suzhou.gov.cn")).isEmpty();
        assertThat(scan("联系人：张三，邮箱：xxgk@163.com")).isEmpty();
        assertThat(scan("监督邮箱：jiandu2024@163.com，张三")).isEmpty();
    }

    @Test
    void ignoresEmailWithoutName() {
        assertThat(scan("来稿请发送至tougao2024@163.com")).isEmpty();
    }

    @Test
    void ignoresMaskedEmail() {
        assertThat(scan("联系人：张三，邮箱：z*******@163.com")).isEmpty();
    }

    @Test
    void flagsHomeAddressOfNamedPerson() {
        List<PiiHit> hits = scan("张三，男，1980年生，家庭住址：苏州市姑苏区人民路100号3栋201室。");
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(PiiKind.HOME_ADDRESS);
            assertThat(h.value()).isEqualTo("苏州市姑苏区人民路100号3栋201室");
            assertThat(h.level()).isEqualTo(PiiLevel.WARNING);
        });
    }

    @Test
    void ignoresAddressWithoutDwellingOrName() {
        assertThat(scan("张三，家庭住址：苏州市姑苏区")).isEmpty();
        assertThat(scan("本次活动的住址登记在人民路100号3栋201室进行")).isEmpty();
    }

    @Test
    void ignoresAnonymisedAddress() {
        assertThat(scan("张三，家庭住址：苏州市某某小区3栋201室")).isEmpty();
        assertThat(scan("张三，家庭住址：苏州市姑苏区***********")).isEmpty();
    }

    @Test
    void blocksTheDiagnosisOfAPersonNamedInTheSameSentence() {
        assertThat(scan("张三同志患有尿毒症，长期透析。")).first().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(PiiKind.HEALTH);
            assertThat(h.value()).isEqualTo("患有尿毒症");
            assertThat(h.level()).isEqualTo(PiiLevel.BLOCKER);
            assertThat(h.reasonKey()).isEqualTo("pii.health.named");
        });
        // a name in the sentence before is near, not the same person for sure: still only a warning
        assertThat(scan("联系人：张三。患有尿毒症的居民可申请救助。")).extracting(PiiHit::level)
                .containsOnly(PiiLevel.WARNING);
    }

    @Test
    void blocksDiagnosesAndDisabilityGradesAfterANameLabelOrCue() {
        assertThat(scan("姓名：刘建国，经市第三人民医院诊断为精神障碍，残疾等级为二级。"))
                .extracting(PiiHit::value, PiiHit::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("诊断为精神障碍", PiiLevel.BLOCKER),
                        org.assertj.core.groups.Tuple.tuple("残疾等级", PiiLevel.BLOCKER));
        assertThat(scan("患者王丽华确诊为肺结核，已住院治疗。")).extracting(PiiHit::level).contains(PiiLevel.BLOCKER);
    }

    @Test
    void leavesStatisticsPolicyAndPseudonymsAlone() {
        assertThat(scan("全区确诊病例3例，均为境外输入。")).isEmpty();
        assertThat(scan("将符合条件的精神障碍患者纳入低保或者特困人员救助范围。")).isEmpty();
        assertThat(scan("某患者确诊为肺结核，已住院治疗。")).isEmpty();
        assertThat(scan("张某某被诊断为精神障碍。")).isEmpty();
        assertThat(scan("李四同志强调，要做好传染病的预防工作。")).isEmpty();
        assertThat(scan("张三同志出席残疾等级评定工作会议。")).isEmpty();
    }

    @Test
    void reportsDiagnosisAndDiseaseAsOneSpan() {
        assertThat(scan("李明，女，1985年5月生，确诊为乙肝。")).extracting(PiiHit::value).containsExactly("确诊为乙肝");
    }

    @Test
    void ignoresHealthProgrammesAndAnonymousPeople() {
        assertThat(scan("张三同志出席艾滋病防治工作会议")).isEmpty();
        assertThat(scan("李四出席市残疾人联合会代表大会")).isEmpty();
        assertThat(scan("张某患有精神疾病")).isEmpty();
        assertThat(scan("全市确诊病例累计下降")).isEmpty();
    }

    @Test
    void honoursCustomPublicContextWords() {
        PiiPolicy policy = PiiPolicy.defaults().withPublicContextWords(List.of("便民电话"));
        PiiScanner scanner = new PiiScanner(policy, LocalDate.of(2025, 6, 1));
        assertThat(scanner.scan("便民电话：张三 13912345678")).isEmpty();
        assertThat(scanner.scan("咨询电话：张三 13912345678")).extracting(PiiHit::kind).containsExactly(PiiKind.MOBILE);
    }

    @Test
    void treatsCustomMaskCharacterAsMasking() {
        PiiPolicy policy = PiiPolicy.defaults().withMaskingStyle(MaskingStyle.defaults().withMaskChar('#'));
        PiiScanner scanner = new PiiScanner(policy, LocalDate.of(2025, 6, 1));
        assertThat(scanner.scan("张三 138####5678 13912345678")).extracting(PiiHit::value)
                .containsExactly("13912345678");
    }

    @Test
    void everyReasonKeyHasBothLanguages() {
        assertThat(PiiMessages.keys()).isNotEmpty().allSatisfy(k -> {
            assertThat(PiiMessages.get(k).zh()).isNotBlank();
            assertThat(PiiMessages.get(k).en()).isNotBlank();
        });
        assertThat(scan("张三 13912345678").get(0).message().zh()).contains("手机号码");
    }
}
