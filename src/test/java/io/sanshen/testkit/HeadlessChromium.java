package io.sanshen.testkit;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven headless through Debian's chromedriver, for tests of browser-facing pages. No download of a
 * browser or driver ever happens (the machines have no internet): both binaries come from the system, installed by
 * {@code .ci/run}. A missing binary fails the test with the command that installs it, rather than skipping it.
 */
public final class HeadlessChromium implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("SANSHEN_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("SANSHEN_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** What the accessibility gate refuses: axe's two highest impacts. */
    static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts a fresh browser with an empty profile and a 1280×900 window. */
    public static HeadlessChromium start() {
        return start(1280, 900);
    }

    public static HeadlessChromium start(int width, int height) {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: apt-get install chromium chromium-driver "
                        + "(.ci/run installs them)");
            }
        }
        // Selenium Manager must not look for a driver online: the driver is given.
        System.setProperty("SE_AVOID_STATS", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags the workplace's closed network needs: without the background-networking ones Chromium keeps
        // opening refused connections; --no-sandbox because CI runs as root.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        driver.manage().window().setSize(new Dimension(width, height));
        return new HeadlessChromium(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads the page and waits until the document has loaded. */
    public HeadlessChromium open(String url) {
        driver.get(url);
        return this;
    }

    /**
     * Runs axe-core (the copy bundled in Deque's artifact, injected into the page: no CDN) on the current page and
     * returns the serious and critical violations, each as "rule-id: help (n nodes: first selector)".
     */
    public List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .map(HeadlessChromium::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        var nodes = rule.getNodes();
        String first = nodes.isEmpty() ? "" : ": " + nodes.get(0).getTarget();
        return rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " (" + nodes.size() + " nodes" + first + ")";
    }

    /** Saves a PNG of the viewport (for the README's screenshots, which come from tests, not from hand). */
    public Path screenshot(Path target) throws IOException {
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(target.toAbsolutePath().getParent());
        return Files.copy(png, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
