package io.sanshen.serve;

import io.sanshen.diag.Lang;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Not a test: a harness for profiling warm preview rebuilds in one JVM (bench/README.md). Serves SITE, then ROUNDS
 * times appends a line to ITEM and rebuilds, printing each rebuild's time; run it under JFR to see where a one-item
 * edit goes. The item is restored afterwards.
 *
 * <p>usage: java -cp target/classes:target/test-classes:DEPS io.sanshen.serve.RebuildProfile SITE ITEM [ROUNDS]
 */
public final class RebuildProfile {
    private RebuildProfile() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        Path item = site.resolve(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        byte[] original = Files.readAllBytes(item);
        PrintWriter log = new PrintWriter(System.out, true);
        try (PreviewServer server = new PreviewServer(site, 0, Lang.EN, log, 3_600_000)) {
            long t = System.nanoTime();
            server.rebuildIfChanged();
            System.out.printf("first build %d ms%n", (System.nanoTime() - t) / 1_000_000);
            for (int k = 0; k < rounds; k++) {
                Files.writeString(item, "\nprofile-" + k + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                t = System.nanoTime();
                server.rebuildIfChanged();
                System.out.printf("rebuild %d: %d ms%n", k, (System.nanoTime() - t) / 1_000_000);
            }
        } finally {
            Files.write(item, original);
        }
    }
}
