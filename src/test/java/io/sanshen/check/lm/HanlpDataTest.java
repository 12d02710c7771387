package io.sanshen.check.lm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HanLP reads its data from its own jar whatever HANLP_ROOT says, and writes nothing: run in a fresh JVM (HanLP's
 * configuration is read once per JVM) whose HANLP_ROOT and working directory are an empty folder.
 */
class HanlpDataTest {
    @TempDir
    Path empty;

    @Test
    void readsTheJarAndWritesNothingWhateverHanlpRootSays() throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaBin.toString(), "-DHANLP_ROOT=" + empty, "-cp",
                System.getProperty("java.class.path"), Probe.class.getName())
                .directory(empty.toFile()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).contains("接收->接受");
        assertThat(p.exitValue()).as(output).isZero();
        try (Stream<Path> files = Files.walk(empty)) {
            assertThat(files.filter(f -> !f.equals(empty)).toList()).isEmpty();
        }
    }

    @Test
    void unknownWordsHaveNoIdAndNoBigrams() {
        HanlpData.load();
        char[] text = "坚恃坚持".toCharArray();
        assertThat(HanlpData.wordId(text, 0, 2)).isNegative();
        int id = HanlpData.wordId(text, 2, 4);
        assertThat(id).isNotNegative();
        assertThat(HanlpData.frequency(id)).isPositive();
        assertThat(HanlpData.biFrequency(-1, id)).isZero();
    }

    /** Runs in the child JVM. */
    public static final class Probe {
        public static void main(String[] args) throws IOException {
            List<ConfusableFinder.Hit> hits = ConfusableFinder.standard().find("各部门要自觉接收群众监督。");
            hits.forEach(h -> System.out.println(h.written() + "->" + h.suggestion()));
        }
    }
}
