package io.sanshen.serve;

import io.sanshen.build.BuildFailure;
import io.sanshen.build.BuildCaches;
import io.sanshen.build.BuildOptions;
import io.sanshen.build.BuildReport;
import io.sanshen.build.SiteBuild;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import io.sanshen.diag.TimeZones;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The preview server behind {@code sanshen serve}. Binds to the loopback address only and answers only requests
 * addressed to it (see {@link RequestReader}).
 */
public final class PreviewServer implements AutoCloseable {
    /**
     * Listens to the preview's event stream and reloads the page when the build version changes. The version the
     * page was served with is written into the script, so a rebuild that finishes before the stream opens still
     * reloads; the browser reopens a dropped stream by itself.
     */
    private static final String RELOAD_JS = """
            (function () {
              var seen = '%s';
              var events = new EventSource(document.currentScript.src.replace(/reload\\.js$/, 'events'));
              events.onmessage = function (e) {
                if (e.data !== seen) { location.reload(); }
              };
            })();
            """;
    /** How often the tree is polled in case the file system sends no change events. */
    private static final long POLL_MS = 2_000;
    /** How long the events of one save are gathered before the tree is looked at. */
    private static final long SETTLE_MS = 25;

    private final long pollMillis;
    private final Path siteRoot;
    private final Path outDir;
    private final Lang lang;
    private final PrintWriter log;
    private final LoopbackServer http;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong version = new AtomicLong();
    private final AtomicReference<List<Finding>> failure = new AtomicReference<>(List.of());
    /** Blockers of the items the last build left out (an error in their front matter …): shown for a missing page. */
    private final AtomicReference<List<Finding>> leftOut = new AtomicReference<>(List.of());
    private volatile String fingerprint = "";
    private final ReloadEvents events = new ReloadEvents();
    /** Unchanged files are not parsed again and unchanged pages not rendered again, for the server's life. */
    private final BuildCaches caches = BuildCaches.inMemory();
    private final java.util.concurrent.atomic.AtomicBoolean queued = new java.util.concurrent.atomic.AtomicBoolean();
    /** The operating system said a file changed since the last look: rebuild without walking the tree first. */
    private final java.util.concurrent.atomic.AtomicBoolean told = new java.util.concurrent.atomic.AtomicBoolean();
    private SiteWatcher files;

    public PreviewServer(Path siteRoot, int port, Lang lang, PrintWriter log) throws IOException {
        this(siteRoot, port, lang, log, POLL_MS);
    }

    /** {@code pollMillis}: how often the tree is polled besides the file events (tests make it long). */
    PreviewServer(Path siteRoot, int port, Lang lang, PrintWriter log, long pollMillis) throws IOException {
        this.pollMillis = pollMillis;
        this.siteRoot = siteRoot;
        this.outDir = Files.createTempDirectory("sanshen-preview-").resolve("site");
        this.lang = lang;
        this.log = log;
        this.http = new LoopbackServer(port, this::handle);
    }

    /** Builds once, starts serving and watching; returns the address. */
    public URI start() {
        rebuildIfChanged();
        http.start();
        try {
            files = new SiteWatcher(siteRoot, () -> {
                told.set(true);
                changed();
            });
            files.start();
        } catch (IOException e) {
            log.println((lang == Lang.EN ? "No file change events, polling: " : "无法监视文件变化，改为定时检查：") + e);
        }
        watcher.scheduleWithFixedDelay(this::changed, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        return URI.create("http://127.0.0.1:" + http.port() + "/");
    }

    /** What the server keeps between rebuilds (tests look at the work it saved). */
    BuildCaches caches() {
        return caches;
    }

    public long version() {
        return version.get();
    }

    /**
     * Queues one look at the tree shortly after a change: the events of one save (create, write, rename by an
     * editor) and any that arrive while a look is queued join it.
     */
    private void changed() {
        if (queued.compareAndSet(false, true)) {
            watcher.schedule(() -> {
                queued.set(false);
                if (told.getAndSet(false)) {
                    rebuildThenFingerprint();
                } else {
                    rebuildIfChanged();
                }
            }, SETTLE_MS, TimeUnit.MILLISECONDS);
        }
    }

    void rebuildIfChanged() {
        try {
            String now = TreeFingerprint.of(siteRoot);
            if (now.equals(fingerprint)) {
                return;
            }
            fingerprint = now;
        } catch (IOException e) {
            log.println((lang == Lang.EN ? "Preview build failed: " : "预览构建失败：") + e);
        }
        rebuild();
    }

    /**
     * After a file event: walking and summing the whole tree first (10,000 files) would delay the page by as much
     * as the rebuild of one item, so the tree is summed after the reload is pushed, for the slow poll only. A file
     * saved meanwhile sends its own event, which queues the next rebuild.
     */
    private void rebuildThenFingerprint() {
        rebuild();
        try {
            fingerprint = TreeFingerprint.of(siteRoot);
        } catch (IOException e) {
            fingerprint = ""; // the next poll rebuilds
        }
    }

    private void rebuild() {
        try {
            BuildOptions opts = new BuildOptions(siteRoot, outDir, true, true, TimeZones.todayInChina(), false);
            BuildReport report = new SiteBuild(opts, caches).run();
            failure.set(List.of());
            leftOut.set(report.blockersOfLeftOut());
            log.println(report.summary(lang));
        } catch (BuildFailure e) {
            failure.set(e.findings());
            e.findings().forEach(f -> log.println(f.oneLine(lang)));
        } catch (IOException | RuntimeException e) {
            log.println((lang == Lang.EN ? "Preview build failed: " : "预览构建失败：") + e);
        }
        events.publish(version.incrementAndGet());
    }

    private Reply handle(HttpRequest request) throws IOException {
        String path = request.path();
        if (path.endsWith("/__sanshen/version")) {
            return Reply.of(200, "text/plain", Long.toString(version.get()).getBytes(StandardCharsets.UTF_8));
        }
        if (path.endsWith("/__sanshen/reload.js")) {
            return Reply.of(200, "text/javascript", RELOAD_JS.formatted(version.get()).getBytes(StandardCharsets.UTF_8));
        }
        if (path.endsWith("/__sanshen/events")) {
            return Reply.events(socket -> events.open(socket, version.get()));
        }
        if (!failure.get().isEmpty()) {
            return Reply.html(500, ErrorPage.render(failure.get(), lang));
        }
        Path file = outDir.resolve(path.substring(1)).normalize();
        if (!file.startsWith(outDir)) { // RequestTarget already refuses '..'; kept as a second lock
            return Reply.of(403, "text/plain", "forbidden".getBytes(StandardCharsets.UTF_8));
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (Files.isRegularFile(file)) {
            return Reply.of(200, ContentTypes.of(file.getFileName().toString()), Files.readAllBytes(file));
        }
        if (!leftOut.get().isEmpty()) {
            return Reply.html(404, ErrorPage.leftOut(leftOut.get(), lang));
        }
        Path notFound = outDir.resolve("404.html");
        return Reply.of(404, "text/html", Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : new byte[0]);
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        events.close();
        if (files != null) {
            try {
                files.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        http.close();
    }
}
