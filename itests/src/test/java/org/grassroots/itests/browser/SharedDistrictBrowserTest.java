package org.grassroots.itests.browser;

import static org.junit.Assume.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Browser;
import org.grassroots.itests.support.Json;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A browser test that drives the browser suite's shared demo district ({@link ConsoleDistrict}): one Chromium at the
 * console's width for the class (and phone-sized ones on demand), the district's API as an anonymous client, where
 * screenshots go, and the steps every such test takes: wait for the district, sign in, give a person an account.
 * Skipped when chromium and chromedriver are not installed.
 */
abstract class SharedDistrictBrowserTest {
    /** The password an account is given by its administrator, replaced at its first sign-in. */
    protected static final String TEMPORARY = "Temp-Password-0001";
    /** The password people choose for the accounts {@link #account} makes. */
    protected static final String CHOSEN = "Chosen-Passw0rd-2026";
    protected static final int PHONE_WIDTH = 390;
    protected static final int PHONE_HEIGHT = 844;
    /** The whole district's demo is written before the platform settles (every module's part): minutes when loaded. */
    private static final Duration DEMO = Duration.ofMinutes(12);

    protected static Api api;
    protected static Browser browser;
    protected static Path screenshots;
    private static final List<Browser> PHONES = new ArrayList<>();

    @BeforeClass
    public static void openBrowser() throws Exception {
        assumeTrue("chromium and chromedriver are not installed", Browser.available());
        api = ConsoleDistrict.api();
        screenshots = ConsoleDistrict.screenshots();
        browser = new Browser(api.root(), ConsoleBrowserIT.WIDTH, ConsoleBrowserIT.HEIGHT);
    }

    @AfterClass
    public static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        PHONES.forEach(Browser::close);
        PHONES.clear();
    }

    /** A second Chromium at a phone's size (a member's own pages), closed with the class. */
    protected static Browser phone() {
        Browser phone = new Browser(api.root(), PHONE_WIDTH, PHONE_HEIGHT);
        PHONES.add(phone);
        return phone;
    }

    /** The district administrator's API client. */
    protected static Api admin() {
        return api.basic(Credentials.USERNAME, Credentials.password(api));
    }

    /** The demo district's top unit (JNGX), once the platform has settled: every module active, the whole demo written. */
    protected static long district() {
        Api admin = admin();
        admin.awaitSettled(DEMO);
        for (var root : admin.get("/organizations/roots").expect(200).json()) {
            if ("JNGX".equals(root.path("code").asText())) {
                return root.path("id").asLong();
            }
        }
        throw new AssertionError("the demo district (JNGX) is not among the roots");
    }

    /** Opens the dashboard signed in as the district administrator. */
    protected static void signInAsAdministrator() {
        signIn(browser, Credentials.USERNAME, Credentials.password(api), "/#/dashboard");
        browser.find("nav#nav .nav-link[data-nav=dashboard]");
    }

    /**
     * Opens {@code landing} signed in as {@code username}, signing in when the browser is not yet. The page is reloaded
     * first: the console reads the modules enabled for the account's scope when it loads.
     */
    protected static void signIn(Browser b, String username, String password, String landing) {
        b.open(landing);
        b.reload();
        if (b.await("the sign-in form or the console", d -> b.present("form.login-form") ? "login"
                : b.present("nav#nav .nav-link") ? "console" : null).equals("login")) {
            WebElement form = b.find("form.login-form");
            form.findElement(By.name("username")).sendKeys(username);
            form.findElement(By.name("password")).sendKeys(password);
            form.findElement(By.cssSelector("button[type=submit]")).click();
            b.find("nav#nav .nav-link");
        }
    }

    /** An account with a temporary password replaced by {@link #CHOSEN} at its first sign-in, as people get theirs. */
    protected static void account(String username, String role, long organizationId, Long memberId) {
        admin().post("/api/auth/accounts", Json.obj("username", username, "displayName", username, "roles", Json.arr(role),
                "organizationId", organizationId, "memberId", memberId, "password", TEMPORARY)).expect(201);
        api.signIn(username, TEMPORARY).post("/api/auth/password", Json.obj("currentPassword", TEMPORARY,
                "newPassword", CHOSEN)).expect(204);
    }
}
