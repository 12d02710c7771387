package io.sanshen.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * The file {@value #FILE} Sanshen writes at the root of every output (and of every folder it stages one in). It
 * says which {@link BuildMode} made the output, so the deploy step can refuse anything but a publishing build,
 * and it is how a later build recognises a folder it may replace: a folder without it is someone else's.
 */
public final class OutputMarker {
    public static final String FILE = ".sanshen-output";
    private static final String HEADER = "sanshen-output: 1";
    private static final int MAX_BYTES = 1024;

    private OutputMarker() {
    }

    static byte[] bytes(BuildMode mode, int items) {
        return (HEADER + "\nmode: " + mode.id() + "\nitems: " + items + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The mode recorded in {@code dir}'s marker; empty when there is no well-formed marker (a link is none). */
    public static Optional<BuildMode> read(Path dir) {
        return lines(dir).flatMap(l -> BuildMode.of(l.get(1).substring("mode: ".length())));
    }

    /** How many items the output in {@code dir} published, when its marker says so. */
    public static java.util.OptionalInt items(Path dir) {
        return lines(dir).filter(l -> l.size() == 3)
                .map(l -> java.util.OptionalInt.of(Integer.parseInt(l.get(2).substring("items: ".length()))))
                .orElse(java.util.OptionalInt.empty());
    }

    private static Optional<List<String>> lines(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile() || attrs.size() > MAX_BYTES) {
                return Optional.empty();
            }
            List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            if (lines.size() < 2 || lines.size() > 3 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("mode: ")
                    || lines.size() == 3 && !lines.get(2).matches("items: \\d{1,9}")) {
                return Optional.empty();
            }
            return Optional.of(lines);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True when {@code dir} is a real folder (not a link) holding a Sanshen marker. */
    public static boolean isOutput(Path dir) {
        return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && read(dir).isPresent();
    }
}
