package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static io.sanshen.check.rules.RuleHarness.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelValueRuleTest {
    @TempDir
    Path dir;

    private List<Finding> check(String body) throws Exception {
        return run(dir, LabelValueRule::new, item().body(body).toString());
    }

    private int line() {
        return item().bodyLine();
    }

    @Test
    void warnsOnANameWhereAPhoneNumberBelongs() throws Exception {
        List<Finding> found = check("报名地点：区人社局二楼。联系人：刘勇，联系电话：刘勇。\n\n咨询电话：王先生\n");
        assertThat(where(found)).containsExactly(line() + ":20 warning text.label-value",
                (line() + 2) + ":1 warning text.label-value");
        assertThat(found.get(0).message().zh()).isEqualTo("“联系电话：”后是人名“刘勇”，不是电话号码。");
        assertThat(found.get(0).fix().zh()).contains("电话号码");
    }

    @Test
    void warnsOnAnEmptyLabelAndAnAddressWithoutAt() throws Exception {
        List<Finding> found = check("联系人：张三，电话：0512-86207531，邮箱：。\n\n电子邮箱：zhangsan.126.com\n\n成文日期：，印发。\n");
        assertThat(where(found)).containsExactly(line() + ":25 warning text.label-value",
                (line() + 2) + ":1 warning text.label-value", (line() + 4) + ":1 warning text.label-value");
        assertThat(found.get(1).message().zh()).contains("缺少@");
    }

    @Test
    void leavesFilledFreeTextBlankFormsAndNextLineValuesAlone() throws Exception {
        assertThat(check("""
                联系人：刘勇，联系电话：0512-86207531、13975550120，邮箱：hr@sfq.gov.cn，日期：2026年11月20日。

                咨询电话：各乡镇民政办。截止日期：另行通知。联系方式：刘勇 13975550120。E-mail：office@sfq.gov.cn

                姓名：　　　　联系电话：　　　　邮箱：

                咨询电话：

                （0512）86207531

                时间：张三负责。身份证号码：见附件。网址：https://www.gov.cn/ 上午9:30。
                """)).isEmpty();
    }
}
