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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * The output of one build: files are written into a fresh sibling directory of the target and swapped into place
 * only by {@link #commit()}. Closing without committing deletes the partial output, so a failed build leaves the last
 * good site untouched. Every output and every staging folder holds an {@link OutputMarker}; the staging and
 * old-output folders are named {@code .<target>.new-<pid>-…} / {@code .<target>.old-<pid>-…}, so the next build can
 * remove the ones a killed build left (marked, and their process gone) without touching anything else.
 *
 * <p>A preview that built the target itself may instead write {@linkplain #inPlace in place}: the folder is being
 * served, and staging, linking and swapping 10,000 pages for a one-line edit is what a reader would wait for. Each
 * file is then written beside its place and renamed over it, so a reader gets the old page or the new one, never
 * half of one; between two pages a reader may see old and new pages together, which the preview accepts (it
 * pushes the reload only after {@link #commit}). Files of the last output that this build did not write are
 * deleted at {@link #commit}, so the folder ends as a staged build of the same tree would leave it.
 */
public final class OutputTree implements AutoCloseable {
    private static final int DELETE_THREADS = 8;

    private final Path target;
    private final Path staging;
    private final BuildMode mode;
    private final ConcurrentHashMap<Path, Boolean> createdDirs = new ConcurrentHashMap<>();
    /** Every file this build wrote or linked, by site path (the marker aside). */
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    /** In place only: the files the last output held, by site path; null for a staged output. */
    private final Set<String> lastFiles;
    private final int items;
    private boolean committed;

    private OutputTree(Path target, Path staging, BuildMode mode, Set<String> lastFiles, int items) {
        this.target = target;
        this.staging = staging;
        this.mode = mode;
        this.lastFiles = lastFiles;
        this.items = items;
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
        return new OutputTree(abs, staging, mode, null, items);
    }

    /**
     * A preview output written into {@code target} as it stands, which holds exactly {@code lastFiles} (the
     * {@link #files} of the build before, committed there by this process). Only for previews: a failed build
     * leaves a mix of old and new pages there, which the caller must not take for the last output.
     */
    public static OutputTree inPlace(Path target, BuildMode mode, int items, Set<String> lastFiles) {
        if (mode != BuildMode.PREVIEW) {
            throw new IllegalArgumentException("only a preview is written in place: " + mode);
        }
        Path abs = target.toAbsolutePath().normalize();
        return new OutputTree(abs, abs, mode, Set.copyOf(lastFiles), items);
    }

    /** The files this build wrote, by site path: after {@link #commit}, what the output holds besides its marker. */
    public Set<String> files() {
        return Set.copyOf(files);
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
            if (lastFiles == null) {
                Files.write(file, bytes);
            } else {
                InPlaceFiles.replace(file, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.add(staging.relativize(file).toString());
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
            Path file = fileFor(sitePath);
            if (lastFiles == null) {
                Files.createLink(file, existing);
            } else if (!file.equals(existing.toAbsolutePath().normalize())) { // in place, the last output's page is already where it belongs
                return false;
            }
            files.add(staging.relativize(file).toString());
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
                if (lastFiles != null) {
                    InPlaceFiles.clearWay(target, dir);
                }
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
        if (lastFiles != null) {
            InPlaceFiles.removeStale(target, lastFiles, files);
            InPlaceFiles.replace(target.resolve(OutputMarker.FILE), OutputMarker.bytes(mode, items));
            committed = true;
            return;
        }
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
        if (!committed && lastFiles == null) { // in place there is no last output left to fall back on
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
