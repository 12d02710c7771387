package io.sanshen.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.stream.Stream;

/**
 * Tells the preview that a file it builds from may have changed, as soon as the operating system says so (inotify on
 * Linux), so a save shows in milliseconds rather than at the next poll. It only says "look": what changed is
 * decided by {@link TreeFingerprint}, and the preview still polls slowly in case a file system sends no events.
 */
final class SiteWatcher implements AutoCloseable {
    private static final String[] WATCHED = {"content", "templates", "rules"};

    private final WatchService service;
    private final Runnable onChange;

    SiteWatcher(Path siteRoot, Runnable onChange) throws IOException {
        this.service = siteRoot.getFileSystem().newWatchService();
        this.onChange = onChange;
        register(siteRoot); // site-config.yml
        for (String part : WATCHED) {
            registerTree(siteRoot.resolve(part));
        }
    }

    void start() {
        Thread t = new Thread(this::loop, "sanshen-preview-watch");
        t.setDaemon(true);
        t.start();
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                for (var event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir
                            && event.context() instanceof Path name) {
                        registerTree(dir.resolve(name)); // a new folder (a new bundle) is watched too
                    }
                }
                key.reset();
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview is stopping
        } catch (IOException e) {
            // the slow poll still notices changes
        }
    }

    private void registerTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                register(d);
            }
        }
    }

    private void register(Path dir) throws IOException {
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
