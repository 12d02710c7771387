package io.sanshen.browser;

import io.sanshen.testkit.HeadlessChromium;
import io.sanshen.testkit.StaticHttpServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests of the built demo portal in headless Chromium: built, served and opened once per test class. */
abstract class OnServedDemo {
    @TempDir
    static Path out;
    static ServedDemo demo;
    static StaticHttpServer site;
    static HeadlessChromium browser;

    @BeforeAll
    static void buildAndServe() throws Exception {
        demo = ServedDemo.start(out);
        site = demo.site;
        browser = demo.browser;
    }

    @AfterAll
    static void stop() {
        ServedDemo.stop(demo);
    }
}
