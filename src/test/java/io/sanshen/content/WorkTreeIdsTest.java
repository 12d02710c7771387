package io.sanshen.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A preview takes a file's blob id from an earlier read only while nothing can have changed its bytes. */
class WorkTreeIdsTest {
    @TempDir
    Path dir;

    private static String look(WorkTreeIds ids, Path file) throws Exception {
        return ids.blobOf("content/news/a.md", file,
                Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void anIdIsTrustedOnlyWhileTheFileIsAsItWasAndWasAlreadySettled() throws Exception {
        Path a = dir.resolve("a.md");
        Files.writeString(a, "甲稿正文。");
        WorkTreeIds ids = new WorkTreeIds();
        assertThat(look(ids, a)).isNull();
        ids.learned(Map.of("content/news/a.md", BlobId.of(Files.readAllBytes(a))));
        assertThat(look(ids, a)).as("written just before it was read: a write in the same tick would look the same")
                .isNull();

        Thread.sleep(WorkTreeIds.SETTLED_MS + 100);
        ids.learned(Map.of("content/news/a.md", BlobId.of(Files.readAllBytes(a))));
        look(ids, a);
        ids.learned(Map.of("content/news/a.md", BlobId.of(Files.readAllBytes(a))));
        assertThat(look(ids, a)).isEqualTo(BlobId.of(Files.readAllBytes(a)));

        // same size, modification time set back: the change time still tells
        FileTime modified = Files.getLastModifiedTime(a);
        Files.writeString(a, "乙稿正文。");
        Files.setLastModifiedTime(a, modified);
        assertThat(Files.size(a)).isEqualTo("甲稿正文。".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(look(ids, a)).isNull();
    }

    @Test
    void aFileReplacedByAnotherIsReadAgain() throws Exception {
        Path a = dir.resolve("a.md");
        Files.writeString(a, "甲稿正文。");
        Thread.sleep(WorkTreeIds.SETTLED_MS + 100);
        WorkTreeIds ids = new WorkTreeIds();
        look(ids, a);
        ids.learned(Map.of("content/news/a.md", BlobId.of(Files.readAllBytes(a))));
        assertThat(look(ids, a)).isNotNull();
        Path other = dir.resolve("b.md");
        Files.writeString(other, "乙稿正文。");
        Files.move(other, a, java.nio.file.StandardCopyOption.REPLACE_EXISTING); // an editor's atomic save
        assertThat(look(ids, a)).isNull();
    }
}
