package io.sanshen.check.pii;

import java.util.List;
import java.util.Random;

/**
 * Micro-benchmark, not a test: scans ~20 MB of generated government-page Markdown (news prose with dates, 文号,
 * hotlines, tables, and a sprinkling of names, IDs and mobile numbers) and prints MB/s (UTF-16 chars counted as
 * their UTF-8 size). Run: {@code java -cp target/classes:target/test-classes io.sanshen.check.pii.PiiScannerBenchmark}.
 */
public final class PiiScannerBenchmark {
    private static final List<String> PROSE = List.of(
            "为深入贯彻落实党中央、国务院决策部署，进一步加强和改进政府信息公开工作，现将有关事项通知如下。",
            "各区人民政府、市各委办局要高度重视，切实加强组织领导，确保各项任务落到实处。",
            "根据《中华人民共和国政府信息公开条例》（国务院令第711号）规定，结合我市实际，制定本办法。",
            "2024年3月15日，市农业农村局召开全市春季农业生产工作会议，部署重点任务。",
            "苏府办〔2024〕138号文件要求，索引号：014000000/2024-00138，成文日期：2024-03-15。",
            "咨询电话：0512-12345678，监督电话：0512-68765432，或拨打12345政务服务便民热线。",
            "全市完成固定资产投资1386.5亿元，同比增长5.2%，其中工业投资增长8.1%。",
            "本次共受理申请2310件，办结2298件，办结率99.48%，群众满意度持续提升。",
            "统一社会信用代码：91350100M000100Y43，开户行：中国银行苏州分行，对公账户：6222021234567894。");

    private PiiScannerBenchmark() {}

    public static void main(String[] args) {
        int targetMb = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String text = corpus(targetMb * 1024L * 1024L, new Random(42));
        long bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        PiiScanner scanner = new PiiScanner(PiiPolicy.defaults());
        int hits = 0;
        for (int i = 0; i < 3; i++) {
            hits = scanner.scan(text).size();
        }
        int rounds = 5;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            hits = scanner.scan(text).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9 / rounds;
        System.out.printf("scanned %.1f MB (%d chars) in %.3f s: %.1f MB/s, %d hits%n", bytes / 1048576.0,
                text.length(), seconds, bytes / 1048576.0 / seconds, hits);
    }

    static String corpus(long utf8Bytes, Random r) {
        StringBuilder b = new StringBuilder();
        int item = 0;
        while (b.length() * 2.2 < utf8Bytes) {
            b.append("## 关于做好第").append(item++).append("批政务公开工作的通知\n\n");
            for (int p = 0; p < 6; p++) {
                for (int s = 0; s < 4; s++) {
                    b.append(PROSE.get(r.nextInt(PROSE.size())));
                }
                b.append("\n\n");
            }
            if (r.nextInt(10) == 0) {
                b.append("| 序号 | 姓名 | 身份证号 | 手机 |\n|---|---|---|---|\n");
                for (int row = 1; row <= 10; row++) {
                    String body = "3205021980031" + (5000 + r.nextInt(5000));
                    String id = body + ResidentId.checkChar(body);
                    b.append("| ").append(row).append(" | 王小明 | ").append(r.nextBoolean() ? id : "3205**********1234")
                            .append(" | 139").append(10000000 + r.nextInt(89999999)).append(" |\n");
                }
                b.append('\n');
            }
            if (r.nextInt(5) == 0) {
                b.append("联系人：张三，联系电话：13800138000，邮箱：zhangsan@163.com。\n\n");
            }
        }
        return b.toString();
    }
}
