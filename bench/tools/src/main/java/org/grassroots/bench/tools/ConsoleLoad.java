package org.grassroots.bench.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How long the console takes until a page is usable in headless Chromium (issue 27, point 4): from the navigation's
 * start to the moment the console says it is ready ({@code <html data-ready="true">}, readiness.js: the page rendered
 * and none of its requests in flight) with the page's content there: every chart of the dashboard on the screen drawn
 * (each {@code .chart} holds the canvas ECharts drew; the charts further down are drawn as they come near), or the
 * first row of the member list shown. For the dashboard also the time printing takes to draw the rest. Also the bytes the
 * page transferred (navigation and every resource, Resource Timing's {@code transferSize}).
 *
 * <p>Each run opens the page from {@code about:blank} twice: with the browser cache off (a first visit: every
 * script and style is fetched) and on (a return visit: the console's assets come from the cache, the API is asked
 * again). The session (sessionStorage) is kept, so the sign-in page is not part of the time.
 *
 * <p>The bench starts the platform right before this tool: its JIT, its caches and Derby's page cache are cold, and
 * the first views measured that (17 s for the very first dashboard, 1.4-1.9 s for the next ones, 0.7-0.9 s by hand
 * once warm, 6 Dec 2026). So the first view of each page is recorded apart ({@code console.<page>.first_ms}), then
 * {@value #WARMUPS} unrecorded views of each page warm the server up, as a street office's day does, before the runs.
 *
 * <p>Usage: {@code ConsoleLoad <base url> <user> <password> <runs>}; prints {@code key<TAB>value} lines:
 * {@code console.<page>.first_ms}, {@code console.<page>.<cold|warm>_ms} (one per run), {@code console.<page>.cold_kib},
 * {@code console.<page>.requests}, and {@code console.dashboard.charts}, {@code .drawn_first} and {@code .rest_ms}.
 */
public final class ConsoleLoad {
    /** Views of each page, after the first, that warm the server up before the measured runs. */
    static final int WARMUPS = 5;

    /**
     * Resolves with performance.now() at the first moment the page (arguments[0]) is ready and usable: a
     * MutationObserver sees every change of the document, so the time is when it happened, not when it was polled
     * (a 10 ms poll backs it up). Written out, not built with Function(): the console's Content-Security-Policy
     * forbids eval.
     */
    private static final String AWAIT_USABLE = """
            const page = arguments[0];
            const done = arguments[arguments.length - 1];
            const shown = () => {
              if (page === 'dashboard') {
                const charts = [...document.querySelectorAll('#dashboard .chart')];
                const onScreen = charts.filter(c => {
                  const box = c.getBoundingClientRect();
                  return box.bottom > 0 && box.top < innerHeight;
                });
                return charts.length > 0 && onScreen.every(c => c.querySelector('canvas, svg'));
              }
              return document.querySelectorAll('table tbody tr').length > 0;
            };
            const usable = () => document.documentElement.dataset.ready === 'true' && shown();
            if (usable()) { done(performance.now()); return; }
            let finished = false;
            const finish = () => {
              if (!finished && usable()) {
                finished = true; observer.disconnect(); clearInterval(poll); done(performance.now());
              }
            };
            const observer = new MutationObserver(finish);
            observer.observe(document, { subtree: true, childList: true, attributes: true });
            const poll = setInterval(finish, 10);
            """;

    /**
     * The dashboard draws a chart when it comes near the screen (chart-board.js); printing draws the rest at once.
     * Answers [charts, drawn before, milliseconds to draw the rest].
     */
    private static final String DRAW_THE_REST = """
            const charts = [...document.querySelectorAll('#dashboard .chart')];
            const drawnBefore = charts.filter(c => c.querySelector('canvas, svg')).length;
            const start = performance.now();
            window.dispatchEvent(new Event('beforeprint'));
            const ms = performance.now() - start;
            if (!charts.every(c => c.querySelector('canvas, svg'))) throw new Error('printing left charts undrawn');
            return [charts.length, drawnBefore, ms];
            """;

    /**
     * Of the time until usable (arguments[0], performance.now()), how long at least one API request was in flight
     * (the union of their fetch intervals: the page waiting on the server), and how many API requests started.
     */
    private static final String API_WAIT = """
            const until = arguments[0];
            const spans = performance.getEntriesByType('resource')
                .filter(e => new URL(e.name).pathname.startsWith('/api/') && e.startTime < until)
                .map(e => [e.startTime, Math.min(e.responseEnd || until, until)])
                .sort((a, b) => a[0] - b[0]);
            let total = 0, end = 0;
            for (const [start, stop] of spans) {
              if (stop > end) { total += stop - Math.max(start, end); end = stop; }
            }
            return [total, spans.length];
            """;

    /** The renderer's main-thread metrics summed into the three figures {@link #breakdown} records. */
    private static final List<String> MAIN_THREAD = List.of("ScriptDuration", "LayoutDuration", "RecalcStyleDuration",
            "TaskDuration");

    private static final String TRANSFER = """
            const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
            return [entries.reduce((sum, e) => sum + (e.transferSize || 0), 0), entries.length];
            """;

    private ConsoleLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        String user = args[1];
        String password = args[2];
        int runs = Integer.parseInt(args[3]);
        Path profile = Files.createTempDirectory("bench-console-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // the flags of a headless Chromium on a machine without a network (see itests' support/Browser)
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(300));
            driver.executeCdpCommand("Performance.enable", Map.of());
            signIn(driver, base, user, password);
            List<String> lines = new ArrayList<>();
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
            for (int view = 0; view <= WARMUPS; view++) {
                for (String page : List.of("dashboard", "members")) {
                    driver.get("about:blank");
                    Map<String, Double> before = mainThread(driver);
                    driver.get(base + "/#/" + page);
                    double ms = usableAfter(driver, page);
                    if (view == 0) {
                        lines.add("console." + page + ".first_ms\t" + Math.round(ms));
                        lines.addAll(breakdown(driver, "console." + page + ".first", ms, before));
                    }
                }
            }
            for (int run = 0; run < runs; run++) {
                for (String page : List.of("dashboard", "members")) {
                    for (boolean cold : new boolean[] {true, false}) {
                        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", cold));
                        driver.get("about:blank");
                        Map<String, Double> before = mainThread(driver);
                        driver.get(base + "/#/" + page);
                        double ms = usableAfter(driver, page);
                        String key = "console." + page + "." + (cold ? "cold" : "warm");
                        lines.add(key + "_ms\t" + Math.round(ms));
                        lines.addAll(breakdown(driver, key, ms, before));
                        if (page.equals("dashboard")) {
                            List<?> rest = (List<?>) ((JavascriptExecutor) driver).executeScript(DRAW_THE_REST);
                            lines.add("console.dashboard.charts\t" + rest.get(0));
                            lines.add("console.dashboard.drawn_first\t" + rest.get(1));
                            lines.add("console.dashboard.rest_ms\t" + Math.round(((Number) rest.get(2)).doubleValue()));
                        }
                        if (cold && run == 0) {
                            List<?> transfer = (List<?>) ((JavascriptExecutor) driver).executeScript(TRANSFER);
                            lines.add("console." + page + ".cold_kib\t"
                                    + Math.round(((Number) transfer.get(0)).doubleValue() / 1024));
                            lines.add("console." + page + ".requests\t" + transfer.get(1));
                        }
                    }
                }
            }
            lines.forEach(System.out::println);
        } finally {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Where a view's {@code usableMs} went, as {@code <key>_script_ms} (the renderer's main thread running JavaScript,
     * V8's compiling included), {@code <key>_layout_ms} (style and layout), {@code <key>_main_ms} (every task of the
     * main thread, the two before included, and parsing, painting, ...) and {@code <key>_api_ms} (time with an API
     * request in flight; it overlaps the main thread's work). Chromium's metrics count from the renderer's start and
     * a navigation from about:blank to the console may or may not get a new renderer, so the figures are the
     * differences from the ones read on about:blank right before, or the values themselves when they are smaller (a
     * new renderer). Figures read after the page was usable include the little the page did since: an upper bound.
     */
    private static List<String> breakdown(ChromeDriver driver, String key, double usableMs, Map<String, Double> before) {
        Map<String, Double> after = mainThread(driver);
        boolean newRenderer = after.get("TaskDuration") < before.get("TaskDuration");
        Map<String, Double> spent = new HashMap<>();
        after.forEach((name, value) -> spent.put(name, newRenderer ? value : value - before.get(name)));
        List<?> api = (List<?>) ((JavascriptExecutor) driver).executeScript(API_WAIT, usableMs);
        return List.of(
                key + "_script_ms\t" + Math.round(spent.get("ScriptDuration") * 1000),
                key + "_layout_ms\t" + Math.round((spent.get("LayoutDuration") + spent.get("RecalcStyleDuration")) * 1000),
                key + "_main_ms\t" + Math.round(spent.get("TaskDuration") * 1000),
                key + "_api_ms\t" + Math.round(((Number) api.get(0)).doubleValue()),
                key + "_api_requests\t" + api.get(1));
    }

    /** The renderer main thread's seconds so far ({@link #MAIN_THREAD}), from Chromium's Performance domain. */
    private static Map<String, Double> mainThread(ChromeDriver driver) {
        Map<String, Double> values = new HashMap<>();
        for (Object metric : (List<?>) driver.executeCdpCommand("Performance.getMetrics", Map.of()).get("metrics")) {
            Map<?, ?> m = (Map<?, ?>) metric;
            if (MAIN_THREAD.contains(String.valueOf(m.get("name")))) {
                values.put(String.valueOf(m.get("name")), ((Number) m.get("value")).doubleValue());
            }
        }
        return values;
    }

    /** Milliseconds from the navigation's start until {@code page} is usable; says what it saw when it never is. */
    private static double usableAfter(ChromeDriver driver, String page) {
        try {
            return ((Number) driver.executeAsyncScript(AWAIT_USABLE, page)).doubleValue();
        } catch (org.openqa.selenium.ScriptTimeoutException e) {
            Object seen = driver.executeScript("return {hash: location.hash, ready: document.documentElement.dataset.ready,"
                    + " login: !!document.querySelector('form.login-form'),"
                    + " charts: document.querySelectorAll('#dashboard .chart').length,"
                    + " drawn: [...document.querySelectorAll('#dashboard .chart')].filter(c => c.querySelector('canvas, svg')).length,"
                    + " rows: document.querySelectorAll('table tbody tr').length}");
            throw new IllegalStateException("the " + page + " page was not usable within the script timeout: " + seen, e);
        }
    }

    /** Signs in through the console's own form, as a person does; the token then lives in the tab's sessionStorage. */
    private static void signIn(WebDriver driver, String base, String user, String password) {
        driver.get(base + "/#/dashboard");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> !d.findElements(By.cssSelector("form.login-form")).isEmpty());
        var form = driver.findElement(By.cssSelector("form.login-form"));
        form.findElement(By.cssSelector("input[name=username]")).sendKeys(user);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.cssSelector("nav#nav .nav-link[data-nav=dashboard]")).isEmpty());
    }
}
