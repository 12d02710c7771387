package io.sanshen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A preview output written into the folder being served (what a one-item rebuild of {@code serve} does). */
class InPlaceOutputTest {
    @TempDir
    Path tmp;

    private Set<String> staged(Path out, Map<String, String> pages) throws Exception {
        return staged(out, pages, 1);
    }

    private Set<String> staged(Path out, Map<String, String> pages, int items) throws Exception {
        try (OutputTree tree = OutputTree.beginAt(out, BuildMode.PREVIEW, items)) {
            pages.forEach(tree::write);
            tree.commit();
            return tree.files();
        }
    }

    @Test
    void writesIntoTheServedFolderAndEndsAsAStagedBuildOfTheSameFilesWould() throws Exception {
        Path out = tmp.resolve("site");
        Set<String> last = staged(out, Map.of("a.html", "旧甲", "gone/old.html", "旧", "x", "文件",
                "y/z.html", "目录里的页", "keep.html", "不变"));
        Object folder = Files.getAttribute(out, "unix:ino");
        Object kept = Files.getAttribute(out.resolve("keep.html"), "unix:ino");

        try (OutputTree tree = OutputTree.inPlace(out, BuildMode.PREVIEW, 2, last)) {
            tree.write("a.html", "新甲");
            tree.write("x/inner.html", "文件成了目录"); // a file of the last output stands where a folder is needed
            tree.write("y", "目录成了文件"); // and a folder where a file goes
            assertThat(tree.linkFrom("keep.html", out.resolve("keep.html"))).isTrue();
            tree.commit();
            assertThat(tree.files()).containsExactlyInAnyOrder("a.html", "x/inner.html", "y", "keep.html");
        }

        Path full = tmp.resolve("full");
        staged(full, Map.of("a.html", "新甲", "x/inner.html", "文件成了目录", "y", "目录成了文件", "keep.html", "不变"), 2);
        assertThat(tree(out)).isEqualTo(tree(full));
        assertThat(out.resolve("gone")).doesNotExist();
        assertThat(Files.getAttribute(out, "unix:ino")).as("the served folder itself").isEqualTo(folder);
        assertThat(Files.getAttribute(out.resolve("keep.html"), "unix:ino")).isEqualTo(kept);
        assertThat(OutputMarker.items(out)).hasValue(2);
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aReaderOfTheOldPageReadsItWholeWhileTheNewOneIsWritten() throws Exception {
        Path out = tmp.resolve("site");
        String old = "旧的页面".repeat(10_000);
        Set<String> last = staged(out, Map.of("a.html", old));
        try (InputStream reader = Files.newInputStream(out.resolve("a.html"))) {
            byte[] first = reader.readNBytes(100);
            try (OutputTree tree = OutputTree.inPlace(out, BuildMode.PREVIEW, 1, last)) {
                tree.write("a.html", "新");
                tree.commit();
            }
            byte[] rest = reader.readAllBytes();
            byte[] whole = java.util.Arrays.copyOf(first, first.length + rest.length);
            System.arraycopy(rest, 0, whole, first.length, rest.length);
            assertThat(new String(whole, StandardCharsets.UTF_8).equals(old)).as("the old page, whole").isTrue();
        }
        assertThat(Files.readString(out.resolve("a.html"))).isEqualTo("新");
    }

    @Test
    void onlyAPreviewIsWrittenInPlace() {
        assertThatThrownBy(() -> OutputTree.inPlace(tmp, BuildMode.PUBLISH, 1, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, String> tree(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }
}
