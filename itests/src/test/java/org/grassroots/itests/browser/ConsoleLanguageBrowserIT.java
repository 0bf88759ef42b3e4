package org.grassroots.itests.browser;

import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Browser;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 15.6's language test: every page of the console's navigation (core's and every installed module's), opened
 * as the district administrator in Chinese, shows no English word and no raw code (RATED, IN_PROGRESS, FINANCE):
 * only Chinese, numbers, unit codes (JNGX-S01), what a page marks as {@code <code>} (an event's sign-in code) and the
 * file-format names people use as they are (XLSX, CSV).
 * Drives the browser tests' shared district ({@link ConsoleDistrict}).
 */
public class ConsoleLanguageBrowserIT {
    /** Unit and record codes people read as they are (JNGX-S01, JNGX-P01-G01), and version numbers (0.2.0-SNAPSHOT). */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z0-9]+(?:-[A-Z0-9]+)+\\b|\\b\\d+(?:\\.\\d+)+(?:[-.][A-Za-z0-9]+)*");
    /** Names Chinese office software and its users write in Latin letters (compared in upper case). */
    private static final Set<String> ALLOWED = Set.of("XLSX", "CSV", "PDF", "DOCX", "ID", "OK", "PNG", "JPG", "JPEG",
            "GB", "MB", "KB", "URL", "API", "QR", "EXCEL", "WORD", "WPS", "GBK", "UTF");
    /** A word of Latin letters: an English word, or an enum constant shown raw. */
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z][A-Za-z_]{2,}\\b");

    private static Api api;
    private static Browser browser;

    @BeforeClass
    public static void start() throws Exception {
        assumeTrue("chromium and chromedriver are not installed", Browser.available());
        api = ConsoleDistrict.api();
        browser = new Browser(api.root(), ConsoleBrowserIT.WIDTH, ConsoleBrowserIT.HEIGHT);
    }

    @AfterClass
    public static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    public void everyPageOfTheChineseConsoleIsInChinese() {
        api.basic(Credentials.USERNAME, Credentials.password(api)).awaitSettled(Duration.ofMinutes(8));
        browser.open("/#/dashboard");
        if (browser.await("the sign-in form or the console", d -> browser.present("form.login-form") ? "login"
                : browser.present("nav#nav .nav-link") ? "console" : null).equals("login")) {
            WebElement form = browser.find("form.login-form");
            form.findElement(By.name("username")).sendKeys(Credentials.USERNAME);
            form.findElement(By.name("password")).sendKeys(Credentials.password(api));
            form.findElement(By.cssSelector("button[type=submit]")).click();
        }
        browser.find("nav#nav .nav-link[data-nav=dashboard]");
        Set<String> pages = new LinkedHashSet<>();
        for (WebElement link : browser.all("nav#nav a.nav-link")) {
            pages.add(link.getAttribute("href").replaceAll("^.*#", "#"));
        }
        assertTrue("core's and the modules' pages are in the navigation: " + pages, pages.size() >= 8);
        Set<String> rootCodes = new java.util.HashSet<>();
        api.basic(Credentials.USERNAME, Credentials.password(api)).get("/organizations/roots").expect(200).json()
                .forEach(root -> rootCodes.add(root.path("code").asText()));
        // user names and the names shown for accounts are written by people (admin, dues-sec-1, "系统管理员
        // Administrator"): the accounts pages show them as they were typed
        List<String> typedNames = new ArrayList<>();
        api.basic(Credentials.USERNAME, Credentials.password(api)).get("/api/auth/accounts").expect(200).json()
                .forEach(account -> {
                    typedNames.add(account.path("username").asText());
                    typedNames.add(account.path("displayName").asText());
                });
        typedNames.sort((a, b) -> b.length() - a.length());
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            browser.open("/" + page);
            String text = browser.find("#main").getText() + "\n" + browser.find("nav#nav").getText();
            for (String typed : typedNames) {
                text = typed.isBlank() ? text : text.replace(typed, " ");
            }
            // what a page marks as <code> is a code people read out or type as it is (an event's sign-in code)
            for (WebElement code : browser.all("#main code")) {
                text = code.getText().isBlank() ? text : text.replace(code.getText(), " ");
            }
            Set<String> words = englishWords(text);
            words.removeAll(rootCodes); // the top unit's code (JNGX) has no dash
            if (!words.isEmpty()) {
                problems.add(page + ": " + words);
            }
        }
        assertTrue("English words or raw codes on the Chinese console:\n" + String.join("\n", problems), problems.isEmpty());
    }

    static Set<String> englishWords(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher words = WORD.matcher(CODE.matcher(text).replaceAll(" "));
        while (words.find()) {
            if (!ALLOWED.contains(words.group().toUpperCase(java.util.Locale.ROOT))) {
                found.add(words.group());
            }
        }
        return found;
    }
}
