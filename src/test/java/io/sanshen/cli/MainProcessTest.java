package io.sanshen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The CLI as users run it: a separate JVM, real stdout, real exit. */
class MainProcessTest {
    private static String run(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out;
    }

    @Test
    void outputWithoutAFinalNewlineReachesStdoutBeforeExit() throws Exception {
        // the demo portal's policy: one SSH key per reviewer, printed with print, not println
        String out = run("keys", "allowed-signers", "--site", ".");
        assertThat(out.lines().filter(l -> l.contains(" ssh-ed25519 ")).count()).isGreaterThanOrEqualTo(3);
    }
}
