package io.sanshen.content;

import io.sanshen.diag.Findings;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Files of the site directory on disk. Symbolic links are refused: they could point outside the repository. */
public final class WorkTreeSource implements ContentSource {
    private final Path root;
    /** Ids of files read before (a preview server's); null: every file is read for its id. */
    private final WorkTreeIds ids;

    public WorkTreeSource(Path root) {
        this(root, null);
    }

    /** A source that takes the blob id of a file unchanged since {@code ids} learned it instead of reading it. */
    public WorkTreeSource(Path root, WorkTreeIds ids) {
        this.root = root.toAbsolutePath().normalize();
        this.ids = ids;
    }

    public Path root() {
        return root;
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public List<SourceFile> list(String folder, Findings sink) throws IOException {
        Path start = RepoPaths.resolveInside(root, folder);
        List<SourceFile> files = new ArrayList<>();
        if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(start)) {
                symlink(sink, folder);
            }
            return files;
        }
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName().toString();
                return !dir.equals(start) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = RepoPaths.relative(root, file);
                if (attrs.isSymbolicLink()) {
                    symlink(sink, rel);
                } else if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                    String blob = ids == null ? null : ids.blobOf(rel, file, attrs);
                    files.add(new SourceFile(rel, attrs.size(), () -> Files.readAllBytes(file), blob));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(SourceFile::path));
        return files;
    }

    private static void symlink(Findings sink, String rel) {
        LinkScan.refuse(sink, rel);
    }
}
