package org.grassroots.itests.browser;

import static org.junit.Assume.assumeTrue;

import java.nio.file.Path;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Browser;
import org.junit.AfterClass;
import org.junit.BeforeClass;

/**
 * A browser test that drives the browser suite's shared demo district ({@link ConsoleDistrict}): one Chromium at the
 * console's width for the class, the district's API as an anonymous client, and where screenshots go. Skipped when
 * chromium and chromedriver are not installed.
 */
abstract class SharedDistrictBrowserTest {
    protected static Api api;
    protected static Browser browser;
    protected static Path screenshots;

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
    }
}
