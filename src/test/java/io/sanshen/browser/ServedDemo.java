package io.sanshen.browser;

import io.sanshen.build.BuildOptions;
import io.sanshen.build.SiteBuild;
import io.sanshen.testkit.HeadlessChromium;
import io.sanshen.testkit.StaticHttpServer;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The demo portal as the browser tests see it: a publishing build of this repository (with its signed demo
 * approvals) served on loopback, and a headless Chromium to look at it.
 */
final class ServedDemo implements AutoCloseable {
    static final Path REPO = Path.of("").toAbsolutePath();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    final StaticHttpServer site;
    final HeadlessChromium browser;

    private ServedDemo(StaticHttpServer site, HeadlessChromium browser) {
        this.site = site;
        this.browser = browser;
    }

    /** Builds into {@code out}/public, serves it and starts the browser. */
    static ServedDemo start(Path out) throws Exception {
        Path publicDir = out.resolve("public");
        new SiteBuild(new BuildOptions(REPO, publicDir, false, false, TODAY, false)).run();
        StaticHttpServer site = StaticHttpServer.serve(publicDir);
        return new ServedDemo(site, HeadlessChromium.start());
    }

    /** Stops what was started; safe on a demo that never started. */
    static void stop(ServedDemo demo) {
        if (demo != null) {
            demo.close();
        }
    }

    @Override
    public void close() {
        browser.close();
        site.close();
    }
}
