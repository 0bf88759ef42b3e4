package org.grassroots.itests.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

import org.grassroots.itests.RestartPersistenceITAccess;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Browser;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.KarafInstance;

/**
 * The one district every browser test class of this JVM drives: started (bin/karaf server, demo data on) by the
 * first class that asks and stopped when the JVM ends, because each start writes the whole demo (every module's
 * part), which costs minutes; the classes only read the demo and add their own records. With
 * {@code -Dgrassroots.console.url=http://…} the tests drive that running platform instead.
 */
final class ConsoleDistrict {
    private static final Duration STARTUP = Duration.ofSeconds(300);
    /** The whole district's demo, every module's part: minutes on a loaded machine. */
    private static final Duration DEMO = Duration.ofMinutes(12);
    private static Api api;

    private ConsoleDistrict() {
    }

    /** The district's API as an anonymous client (its root is the console's address), started on the first call. */
    static synchronized Api api() throws Exception {
        if (api != null) {
            return api;
        }
        String external = System.getProperty("grassroots.console.url", "");
        if (!external.isBlank()) {
            String root = external.replaceAll("/$", "");
            Api candidate = new Api(Integer.parseInt(root.replaceAll(".*:(\\d+)$", "$1")));
            candidate.awaitUp(STARTUP, null, Api.CORE_PATHS);
            api = candidate;
            return api;
        }
        Path parent = District.workDirectory().toPath().resolve("browser-it").resolve(Long.toString(System.currentTimeMillis()));
        KarafInstance karaf = KarafInstance.unpack(RestartPersistenceITAccess.distribution(), parent, true);
        karaf.start(STARTUP);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                karaf.stop(Duration.ofSeconds(60));
            } catch (Exception e) {
                System.err.println("the browser tests' district did not stop: " + e);
            }
        }, "console-district-stop"));
        // Every class then works on a settled platform: every module active and the whole demo written. While a
        // module's demo part is being written its transaction holds locks that its statistics wait on (Derby's 60 s
        // lock timeout), so a dashboard opened meanwhile did not finish rendering within the tests' 90 s on a slow
        // machine (ConsoleBrowserIT.f_installAModuleAtRuntimeSeeItsPageThenUninstall, issue 15 point 12).
        karaf.api().basic(Credentials.USERNAME, Credentials.password(karaf.api())).awaitSettled(DEMO);
        api = karaf.api();
        return api;
    }

    /**
     * Opens the console's dashboard signed in as the district administrator (signing in when the browser is not yet),
     * for the browser classes that share this district.
     */
    static void signIn(Browser browser, Api api) {
        browser.open("/#/dashboard");
        if (browser.await("the sign-in form or the console", d -> browser.present("form.login-form") ? "login"
                : browser.present("nav#nav .nav-link") ? "console" : null).equals("login")) {
            org.openqa.selenium.WebElement form = browser.find("form.login-form");
            form.findElement(org.openqa.selenium.By.name("username")).sendKeys(Credentials.USERNAME);
            form.findElement(org.openqa.selenium.By.name("password")).sendKeys(Credentials.password(api));
            form.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
            browser.find("nav#nav .nav-link[data-nav=dashboard]");
        }
    }

    /** Where the screenshots go ({@code -Dgrassroots.screenshots=../docs/screenshots} refreshes the docs'). */
    static Path screenshots() {
        return Paths.get(System.getProperty("grassroots.screenshots",
                District.workDirectory().toPath().resolve("screenshots").toString()));
    }
}
