package org.grassroots.itests.browser;

import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.nio.file.Path;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Browser;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The big screen (issue 15, point 9): the district administrator makes a display address on the 大屏 page; a browser
 * that never signed in opens it at 1920x1080 and shows the district's figures, the streets and parks as tiles and the
 * modules' headline figures; once revoked, the screen says so at its next load.
 */
public class ScreenBrowserIT {
    private static Api api;
    private static Browser admin;
    private static Browser display;
    private static Path screenshots;

    @BeforeClass
    public static void start() throws Exception {
        assumeTrue("chromium and chromedriver are not installed", Browser.available());
        api = ConsoleDistrict.api();
        screenshots = ConsoleDistrict.screenshots();
        admin = new Browser(api.root(), ConsoleBrowserIT.WIDTH, ConsoleBrowserIT.HEIGHT);
        display = new Browser(api.root(), 1920, 1080);
    }

    @AfterClass
    public static void close() {
        if (admin != null) {
            admin.close();
        }
        if (display != null) {
            display.close();
        }
    }

    @Test
    public void aDisplayShowsTheDistrictWithoutSigningInUntilItsAddressIsRevoked() {
        // the whole demo first (every module's part), so that the screen shows the district's figures
        api.basic(Credentials.USERNAME, Credentials.password(api)).awaitSettled(java.time.Duration.ofMinutes(8));
        ConsoleDistrict.signIn(admin, api);
        admin.open("/#/organizations");
        admin.find("#org-tree [role=treeitem] > .tree-label").click();
        admin.find("#set-scope").click();
        admin.open("/#/screens");
        admin.find("#screen-token-make").click();
        admin.find("dialog#screen-token-dialog[open] input[name=label]").sendKeys("指挥中心大屏");
        admin.find("dialog#screen-token-dialog button[type=submit]").click();
        String message = admin.findWithText("dialog#screen-token-made[open]", "screen.html#token=").getText();
        String address = message.substring(message.indexOf("/screen.html#token=")).split("\\s")[0];

        // the demo's year: its figures are complete (the newest year with data is this year's, still filling up)
        display.open(address.replace("/screen.html#", "/screen.html?year=2024#"));
        display.awaitTrue("the screen drawn", d -> display.present("#screen-kpis .screen-kpi"));
        String kpis = display.find("#screen-kpis").getText();
        assertTrue(kpis, kpis.contains("党员") && kpis.contains("下级单位"));
        assertTrue(display.find(".screen-header h1").getText().contains("济南高新区基层党建大屏"));
        assertTrue(display.find(".screen-year").getText().contains("2024"));
        display.awaitTrue("the module cards", d -> display.all("#screen-cards .screen-card").size() >= 3);
        display.screenshot(screenshots, "47-big-screen-1920");

        admin.find("dialog#screen-token-made button.kit-dialog-confirm").click();
        admin.find("#screen-token-table button[data-action=revoke]").click();
        admin.find("dialog[open] button.kit-dialog-confirm").click();
        admin.awaitTrue("revoked", d -> admin.find("#screen-token-table").getText().contains("已收回"));
        display.open(address);
        display.reload();
        display.findWithText(".screen-error", "无效或已被收回");
    }
}
