package org.grassroots.itests.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.grassroots.itests.RestartPersistenceITAccess;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Browser;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.KarafInstance;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An empty installation starts somewhere (issue 15, point 5): a distribution without demo data opens on its first-setup
 * page; the administrator creates the top unit (a park), is pointed to the accounts page, and enables a module for
 * the park, whose page then appears in the navigation. Its own instance, as an operator installs it.
 */
public class SetupBrowserIT {
    private static KarafInstance karaf;
    private static Browser browser;
    private static Path screenshots;

    @BeforeClass
    public static void start() throws Exception {
        assumeTrue("chromium and chromedriver are not installed", Browser.available());
        Path parent = District.workDirectory().toPath().resolve("setup-it").resolve(Long.toString(System.currentTimeMillis()));
        karaf = KarafInstance.unpack(RestartPersistenceITAccess.distribution(), parent, false);
        karaf.start(Duration.ofSeconds(300));
        // the modules finish starting a few seconds after the platform answers; the page waits for them itself
        // (up to two minutes), the test waits here so that a slow machine does not eat into the page's wait
        karaf.api().basic(District.ADMIN, District.ADMIN_PASSWORD).awaitSettled(District.STARTUP_TIMEOUT);
        screenshots = ConsoleDistrict.screenshots();
        browser = new Browser(karaf.api().root(), ConsoleBrowserIT.WIDTH, ConsoleBrowserIT.HEIGHT);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (karaf != null) {
            karaf.stop(Duration.ofSeconds(60));
        }
    }

    @Test
    public void anEmptyInstallationIsSetUpInTheBrowser() {
        Api admin = karaf.api().basic(District.ADMIN, District.ADMIN_PASSWORD);
        assertEquals(0, admin.get("/organizations/roots").expect(200).json().size());
        browser.open("/#/dashboard");
        WebElement form = browser.find("form.login-form");
        form.findElement(By.name("username")).sendKeys(District.ADMIN);
        form.findElement(By.name("password")).sendKeys(District.ADMIN_PASSWORD);
        form.findElement(By.cssSelector("button[type=submit]")).click();

        // the console opens on the first-setup page
        browser.find("#setup-top-form");
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/setup"));
        assertTrue(browser.find("#setup-step3").getText().contains("请先完成第一步"));
        browser.find("#setup-top-form input[name=code]").sendKeys("GXPARK");
        browser.find("#setup-top-form input[name=name]").sendKeys("齐鲁软件园");
        new Select(browser.find("#setup-top-form select[name=unitType]")).selectByValue("PARK");
        new Select(browser.find("#setup-top-form select[name=partyOrgType]")).selectByValue("COMMITTEE");
        browser.find("#setup-top-form input[name=divisionCode]").sendKeys("37011");
        browser.find("#setup-top-form button[type=submit]").click();
        // a refusal beside its field: a division code has 6 or 12 digits
        browser.awaitTrue("the division code refused", d -> "true".equals(
                browser.find("#setup-top-form input[name=divisionCode]").getAttribute("aria-invalid")));
        WebElement division = browser.find("#setup-top-form input[name=divisionCode]");
        division.clear();
        browser.find("#setup-top-form button[type=submit]").click();
        browser.findWithText("#setup-top", "齐鲁软件园");
        assertTrue(browser.find("#setup-step2 a[href='#/accounts']").isDisplayed());

        // step 3: the park runs the industrial module
        browser.find("#setup-modules-form input[value=industrial]").click();
        browser.screenshot(screenshots, "46-first-setup");
        browser.find("#setup-modules-form button[type=submit]").click();
        browser.awaitTrue("the module's page in the navigation", d -> browser.present("nav#nav a.nav-link[href^='#/m/industrial/']"));
        com.fasterxml.jackson.databind.JsonNode roots = admin.get("/organizations/roots").expect(200).json();
        assertEquals(1, roots.size());
        assertEquals("GXPARK", roots.get(0).get("code").asText());
        long park = roots.get(0).get("id").asLong();
        assertTrue(admin.get("/modules/industrial/enablement?unit=" + park).expect(200).json().get("enabled").asBoolean());
    }
}
