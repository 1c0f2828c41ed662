package org.aimilestones.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (never one downloaded by Selenium Manager). Tests using it
 * are skipped when either program is missing, except under CI=true, where they must run.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {}

    /** Skips the calling test class if there is no browser to drive, unless on CI. */
    public static void assumeAvailable() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        assumeTrue(present || "true".equals(System.getenv("CI")),
                "no " + CHROMIUM + " or " + CHROMEDRIVER + " (browser tests must run on CI)");
    }

    /** @return a new headless browser with a fresh profile, 1280x1000; quitting it deletes the profile */
    public static ChromeDriver start() {
        try {
            Path profile = Files.createTempDirectory("ai-milestones-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1280,1000", "--lang=en-US", "--user-data-dir=" + profile);
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL")); // for consoleMessages
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options) {
                @Override
                public void quit() {
                    try {
                        super.quit();
                    } finally {
                        deleteTree(profile);
                    }
                }
            };
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException gone) {
            // already gone, or left for the system's temporary-file cleaning
        }
    }

    /**
     * From now on, every page driver opens counts its fetches in flight and notes when its document last changed, for
     * {@link #settle}; injected through the DevTools protocol before the page's own scripts (so no page script and no
     * Content-Security-Policy is involved).
     */
    public static void watchActivity(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                (() => {
                  let inFlight = 0;
                  const fetch = window.fetch;
                  window.fetch = function (...args) {
                    inFlight++;
                    return fetch.apply(this, args).finally(() => inFlight--);
                  };
                  window.__activity = { inFlight: () => inFlight, changed: performance.now() };
                  new MutationObserver(() => { window.__activity.changed = performance.now(); })
                    .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
                })();
                """));
    }

    /**
     * Waits (up to 30 s) until the page opened last is loaded, has no fetch in flight and its document has not changed
     * for quietMillis: what it shows is drawn from the answers it asked for (a canvas may still be animating). Needs
     * {@link #watchActivity} first.
     */
    public static void settle(ChromeDriver driver, long quietMillis) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(50))
                .until(d -> Boolean.TRUE.equals(driver.executeScript("return document.readyState === 'complete'"
                        + " && window.__activity !== undefined && window.__activity.inFlight() === 0"
                        + " && performance.now() - window.__activity.changed >= arguments[0];", quietMillis)));
    }

    /** @return the console messages logged since the last call (CSP violations among them), one line each */
    public static List<String> consoleMessages(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    /** @return the console messages since the last call that report a Content-Security-Policy violation */
    public static List<String> cspViolations(ChromeDriver driver) {
        return consoleMessages(driver).stream().filter(m -> m.contains("Content Security Policy")).toList();
    }

    /** Saves what the browser shows as target/screenshots/NAME.png. */
    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            return Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
