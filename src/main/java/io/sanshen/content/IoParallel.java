package io.sanshen.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Parallel streams for work that waits on the disk. The common pool has one thread per core, so on a 2-core
 * machine two threads wait for reads one after the other; a few more threads keep the disk busy while the CPU
 * parses what has arrived. Costs nothing when the files are already in the page cache.
 */
public final class IoParallel {
    /** Enough outstanding reads for an SSD or network disk, few enough to stay cheap. */
    public static final int THREADS = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());

    private IoParallel() {
    }

    /** {@code inputs} mapped in parallel on an I/O-sized pool, in order; an {@link UncheckedIOException} is rethrown as its cause. */
    public static <T, R> List<R> map(List<T> inputs, Function<T, R> fn) throws IOException {
        ForkJoinPool pool = new ForkJoinPool(THREADS);
        try {
            return pool.submit(() -> inputs.parallelStream().map(fn).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdown();
        }
    }
}
