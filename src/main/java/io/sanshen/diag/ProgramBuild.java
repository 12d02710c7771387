package io.sanshen.diag;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Which build of Sanshen runs, for the keys of every cache: results made by other code may differ, so they must not
 * be reused. The jar's size and time, or in a development checkout the newest compiled class (a folder's own size
 * and time do not change when a class is recompiled).
 */
public final class ProgramBuild {
    private static final String ID = compute();

    private ProgramBuild() {
    }

    public static String id() {
        return ID;
    }

    private static String compute() {
        try {
            Path code = Path.of(ProgramBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return "jar " + code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
            try (Stream<Path> classes = Files.walk(code)) {
                return "classes " + code + " " + classes.mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown " + System.nanoTime(); // never matches: no reuse
        }
    }
}
