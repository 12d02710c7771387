package io.sanshen.deploy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code guard --watch}: waits for file-system events below a web root on this machine (the JDK's WatchService,
 * inotify on Linux) and runs a check after each burst of changes, and once a minute in any case (events can be
 * lost when the queue overflows, and a switch of the {@code current} link replaces the folder being watched).
 */
public final class GuardWatch {
    private static final long SETTLE_MILLIS = 300;
    private static final long FULL_CHECK_SECONDS = 60;

    /** One check: compare, report, restore when asked. */
    public interface Check {
        void run() throws IOException, InterruptedException;
    }

    private GuardWatch() {
    }

    /** Runs {@code check} once, then after every change below {@code root}, until the thread is interrupted. */
    public static void watch(Path root, Check check) throws IOException, InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            Path real = root.toRealPath(); // current may have been switched to another release
            try (WatchService ws = FileSystems.getDefault().newWatchService()) {
                register(ws, real);
                // the folder holding the link: a deployment renames a new current link there
                Path link = root.toAbsolutePath().normalize();
                if (link.getParent() != null) {
                    link.getParent().register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
                }
                check.run();
                while (true) {
                    WatchKey key = ws.poll(FULL_CHECK_SECONDS, TimeUnit.SECONDS);
                    if (key == null) {
                        break;
                    }
                    Thread.sleep(SETTLE_MILLIS); // let a burst of writes settle, then look once
                    drain(ws, key);
                    if (!real.equals(root.toRealPath())) {
                        break; // a new release: watch it and check it against its own manifest
                    }
                    register(ws, real); // folders created since are watched too
                    check.run();
                }
            }
        }
        throw new InterruptedException();
    }

    private static void drain(WatchService ws, WatchKey first) {
        WatchKey key = first;
        while (key != null) {
            key.pollEvents();
            key.reset();
            key = ws.poll();
        }
    }

    private static void register(WatchService ws, Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }
}
