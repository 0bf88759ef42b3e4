package org.grassroots.itests.support;

import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (the Debian {@code chromium} package) driven through the Debian {@code chromedriver} by
 * Selenium, with a fresh profile per instance. Waits poll the page (never sleep); every wait names what it
 * waited for. {@link #close()} ends the browser and deletes the profile.
 */
public final class Browser implements AutoCloseable {
    public static final String CHROMIUM = System.getProperty("grassroots.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("grassroots.chromedriver", "/usr/bin/chromedriver");
    /**
     * The longest a wait polls. Waits end as soon as their condition holds, so this only bounds a failing wait; it is
     * generous because a sign-in (a deliberately slow password hash) on a 2-core machine loaded by a parallel build
     * took over 30 s.
     */
    public static final Duration WAIT = Duration.ofSeconds(Long.getLong("grassroots.itests.browserWaitSeconds", 90));

    private final ChromeDriver driver;
    private final Path profile;
    private final String root;

    public Browser(String root, int width, int height) {
        this.root = root;
        try {
            profile = Files.createTempDirectory("grassroots-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=zh-CN",
                "--hide-scrollbars", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", profile.resolve("downloads").toString(),
                "intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    /** Whether the Debian browser and driver are installed (.ci/run installs them when missing). */
    public static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the console (e.g. {@code /#/members}) and waits until the page has rendered. */
    public void open(String path) {
        driver.get(root + path);
        awaitReady();
    }

    /** Loads the current page again and waits until it has rendered. */
    public void reload() {
        driver.navigate().refresh();
        awaitReady();
    }

    /**
     * Whether the console has rendered its page and has no request in flight: the readiness marker
     * {@code <html data-ready="true">} that the console's readiness.js sets. A page that is not the console (no
     * {@code #app}) counts as ready once loaded.
     */
    public boolean ready() {
        Object ready = script("return document.readyState === 'complete' && (!document.getElementById('app')"
                + " || document.documentElement.dataset.ready === 'true')");
        return Boolean.TRUE.equals(ready);
    }

    public void awaitReady() {
        await("the page to finish rendering", d -> Boolean.TRUE);
    }

    /**
     * Reloads the page until {@code condition} holds, checking each time only after the page has rendered (a page
     * that renders slower than a poll interval would otherwise never be seen finished).
     */
    public <T> T awaitAfterReload(String what, java.util.function.Function<WebDriver, T> condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            reload();
            T value = condition.apply(driver);
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                return await(what, condition);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Makes the page's viewport (what a screenshot shows) exactly width × height CSS pixels. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        Number innerWidth = (Number) script("return window.innerWidth");
        Number innerHeight = (Number) script("return window.innerHeight");
        if (innerWidth.intValue() != width || innerHeight.intValue() != height) {
            driver.manage().window().setSize(new Dimension(2 * width - innerWidth.intValue(),
                    2 * height - innerHeight.intValue()));
        }
    }

    public WebElement find(String css) {
        return await("element " + css, d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /**
     * Clicks the first element {@code css} matches once the page has rendered; when a list redraws between finding
     * the element and the click (the old node is stale), it is found again and clicked then.
     */
    public void click(String css) {
        await("a click on " + css, d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            if (found.isEmpty()) {
                return null;
            }
            found.get(0).click(); // a StaleElementReferenceException here makes the wait look again
            return Boolean.TRUE;
        });
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Waits until {@code css} matches an element whose text contains {@code text}; returns that element. */
    public WebElement findWithText(String css, String text) {
        return await("element " + css + " with text '" + text + "'", d -> {
            for (WebElement e : d.findElements(By.cssSelector(css))) {
                try {
                    if (e.getText().contains(text)) {
                        return e;
                    }
                } catch (StaleElementReferenceException gone) {
                    // redrawn meanwhile: look again
                }
            }
            return null;
        });
    }

    public void awaitGone(String css) {
        await("no element " + css, d -> d.findElements(By.cssSelector(css)).isEmpty() ? Boolean.TRUE : null);
    }

    public void awaitTrue(String what, Predicate<WebDriver> condition) {
        await(what, d -> condition.test(d) ? Boolean.TRUE : null);
    }

    /** Waits until the page has rendered (see {@link #ready()}) and {@code condition} holds. */
    public <T> T await(String what, java.util.function.Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, WAIT, Duration.ofMillis(100))
                    .ignoring(StaleElementReferenceException.class)
                    .until((ExpectedCondition<T>) d -> ready() ? condition.apply(d) : null);
        } catch (org.openqa.selenium.TimeoutException e) {
            drainLogs();
            fail("waited " + WAIT.toSeconds() + " s for " + what + " at " + driver.getCurrentUrl() + "\npage text:\n"
                    + safeText() + "\nbrowser log:\n" + String.join("\n", logLines));
            throw e;
        }
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private String safeText() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** Saves a PNG of the viewport as {@code <directory>/<name>.png}. */
    public Path screenshot(Path directory, String name) {
        try {
            Files.createDirectories(directory);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = directory.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every console line seen so far (for failure messages). */
    private final List<String> logLines = new ArrayList<>();
    /** Console entries read but not yet judged by {@link #consoleProblems}. */
    private final List<LogEntry> pending = new ArrayList<>();

    private void drainLogs() {
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                pending.add(entry);
                logLines.add(entry.getLevel() + " " + entry.getMessage());
            }
        } catch (RuntimeException e) {
            logLines.add("(browser log unreadable: " + e + ")");
        }
    }

    /**
     * The browser console's warnings and errors since the last call (Content-Security-Policy violations, script
     * errors, failed requests), minus those {@code expected} accepts.
     */
    public List<String> consoleProblems(Predicate<String> expected) {
        List<String> problems = new ArrayList<>();
        drainLogs();
        for (LogEntry entry : pending) {
            String line = entry.getLevel() + " " + entry.getMessage();
            if (entry.getLevel().intValue() >= Level.WARNING.intValue() && !expected.test(entry.getMessage())) {
                problems.add(line);
            }
        }
        pending.clear();
        return problems;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp directory left behind is harmless
            }
        }
    }
}
