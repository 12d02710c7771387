package io.sanshen.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A deploy root on this machine (the web server's folder, or a mounted share). */
final class LocalTarget implements Target {
    private final Path root;
    private final String name;

    LocalTarget(String name, Path root) {
        this.name = name;
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String describe() {
        return name + " (" + root + ")";
    }

    private Path at(String rel) {
        Path p = root.resolve(rel).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("path leaves the deploy root: " + rel);
        }
        return p;
    }

    @Override
    public Optional<Kind> kind(String path) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(at(path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(a.isSymbolicLink() ? Kind.LINK : a.isDirectory() ? Kind.DIRECTORY
                    : a.isRegularFile() ? Kind.FILE : Kind.OTHER);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<String> list(String dir) throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(at(dir))) {
            return names;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(at(dir))) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        return names;
    }

    @Override
    public void mkdirs(String dir) throws IOException {
        Files.createDirectories(at(dir));
    }

    @Override
    public void write(String path, InputStream in) throws IOException {
        Files.copy(in, at(path), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public InputStream read(String path) throws IOException {
        return Files.newInputStream(at(path));
    }

    @Override
    public boolean hardLink(String existing, String link) throws IOException {
        try {
            Files.createLink(at(link), at(existing));
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    @Override
    public void symlink(String link, String target) throws IOException {
        Files.createSymbolicLink(at(link), Path.of(target));
    }

    @Override
    public Optional<String> readLink(String path) throws IOException {
        Path p = at(path);
        return Files.isSymbolicLink(p) ? Optional.of(Files.readSymbolicLink(p).toString()) : Optional.empty();
    }

    @Override
    public void replace(String from, String to) throws IOException {
        // ATOMIC_MOVE is rename(2): the old name points to the old or the new entry, never to nothing
        Files.move(at(from), at(to), StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void delete(String path) throws IOException {
        Path p = at(path);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() {
    }
}
