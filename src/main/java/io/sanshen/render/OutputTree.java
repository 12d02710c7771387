package io.sanshen.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * The output of one build: files are written into a fresh sibling directory of the target and swapped into place
 * only by {@link #commit()}. Closing without committing deletes the partial output, so a failed build leaves the last
 * good site untouched. Every output and every staging folder holds an {@link OutputMarker}; the staging and
 * old-output folders are named {@code .<target>.new-<pid>-…} / {@code .<target>.old-<pid>-…}, so the next build can
 * remove the ones a killed build left (marked, and their process gone) without touching anything else.
 */
public final class OutputTree implements AutoCloseable {
    private static final int DELETE_THREADS = 8;

    private final Path target;
    private final Path staging;
    private final BuildMode mode;
    private final ConcurrentHashMap<Path, Boolean> createdDirs = new ConcurrentHashMap<>();
    private boolean committed;

    private OutputTree(Path target, Path staging, BuildMode mode) {
        this.target = target;
        this.staging = staging;
        this.mode = mode;
    }

    public static OutputTree beginAt(Path target, BuildMode mode) throws IOException {
        return beginAt(target, mode, 0);
    }

    /** As {@link #beginAt(Path, BuildMode)}, recording in the marker how many items the output publishes. */
    public static OutputTree beginAt(Path target, BuildMode mode, int items) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        StaleOutputs.remove(abs);
        Path staging = Files.createTempDirectory(abs.getParent(), StaleOutputs.prefix(abs, "new"));
        Files.write(staging.resolve(OutputMarker.FILE), OutputMarker.bytes(mode, items));
        return new OutputTree(abs, staging, mode);
    }

    /** The kind of build this output is for; its pages carry its mark. */
    public BuildMode mode() {
        return mode;
    }

    /** The folder the output is staged in until {@link #commit()}: for a last look over every file (the manifest). */
    public Path stagingDir() {
        return staging;
    }

    /** Writes a file at {@code sitePath} (forward slashes); safe to call from many threads. Returns the file. */
    public Path write(String sitePath, byte[] bytes) {
        Path file = fileFor(sitePath);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public void write(String sitePath, String text) {
        write(sitePath, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Puts the file {@code existing} (a page of the last output, which this build would write byte for byte) at
     * {@code sitePath} as a hard link: no bytes are copied, and the last output stays as it is until {@link #commit}
     * replaces it. False when the file system cannot link; the caller then writes the page.
     */
    boolean linkFrom(String sitePath, Path existing) {
        try {
            Files.createLink(fileFor(sitePath), existing);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The staging file for {@code sitePath}, its folder created. */
    private Path fileFor(String sitePath) {
        Path file = staging.resolve(sitePath).normalize();
        if (!file.startsWith(staging)) {
            throw new IllegalArgumentException("output path leaves the output directory: " + sitePath);
        }
        // computeIfAbsent blocks other writers to the same folder until it exists.
        createdDirs.computeIfAbsent(file.getParent(), dir -> {
            try {
                Files.createDirectories(dir);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return file;
    }

    /** Replaces the target with the new output: rename old away, rename new in, then delete the old one. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), StaleOutputs.prefix(target, "old"));
            Files.delete(old);
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    /**
     * Deletes a whole output tree. Files go in parallel on a few extra threads: deletion waits on the disk (on a
     * file system mounted with discard, a 100,000-page site takes some 20 s one file at a time) and not on the CPU.
     */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        Path marker = root.resolve(OutputMarker.FILE);
        List<Path> dirs = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!file.equals(marker)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                dirs.add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        ForkJoinPool pool = new ForkJoinPool(DELETE_THREADS);
        try {
            pool.submit(() -> files.parallelStream().forEach(OutputTree::delete)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while deleting " + root, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
        } finally {
            pool.shutdown();
        }
        // the marker goes last: a deletion cut short still leaves a folder the next build recognises as its own
        Files.deleteIfExists(marker);
        for (Path dir : dirs) {
            Files.delete(dir);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
