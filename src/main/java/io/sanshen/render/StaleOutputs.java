package io.sanshen.render;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Staging ({@code new}) and replaced ({@code old}) folders of an output that a killed build left beside it. One is
 * removed only when all three hold: its name is the one {@link OutputTree} gives it for this target, it holds an
 * {@link OutputMarker} (so Sanshen made it), and the process named in it is no longer running (so no build in
 * progress loses its work).
 */
final class StaleOutputs {
    private StaleOutputs() {
    }

    /** The name prefix of a staging or old folder of {@code target} made by this process. */
    static String prefix(Path target, String kind) {
        return "." + target.getFileName() + "." + kind + "-" + ProcessHandle.current().pid() + "-";
    }

    static void remove(Path target) {
        Pattern own = Pattern.compile(Pattern.quote("." + target.getFileName() + ".") + "(?:new|old)-(\\d{1,19})-[^/]*");
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent())) {
            for (Path p : siblings) {
                Matcher m = own.matcher(p.getFileName().toString());
                if (m.matches() && OutputMarker.isOutput(p) && !running(m.group(1))) {
                    OutputTree.deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // leftovers cost disk space only; the build itself does not depend on removing them
        }
    }

    private static boolean running(String pid) {
        try {
            Optional<ProcessHandle> p = ProcessHandle.of(Long.parseLong(pid));
            return p.map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
