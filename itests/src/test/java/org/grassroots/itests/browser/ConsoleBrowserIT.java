package org.grassroots.itests.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Browser;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The console in headless Chromium against a running district with the demo data: sign in, browse the tree,
 * find a member, import a file with errors and read the report, open the dashboard (district and street),
 * install a module at runtime and see its page appear, uninstall it and see it go, English, tablet width.
 * After every test the browser console must hold no errors (CSP violations included).
 * <p>
 * Drives the browser tests' shared district ({@link ConsoleDistrict}: bin/karaf server, demo data on, or a
 * running platform named by {@code -Dgrassroots.console.url=http://…}). Screenshots (1366×768) go to {@code grassroots.screenshots} (target/screenshots; the
 * docs' copies are refreshed with {@code -Dgrassroots.screenshots=$PWD/docs/screenshots}).
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ConsoleBrowserIT {
    static final int WIDTH = 1366;
    static final int HEIGHT = 768;

    private static Api api;
    private static Browser browser;
    private static Path screenshots;

    @BeforeClass
    public static void startDistrictAndBrowser() throws Exception {
        assumeTrue("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)",
                Browser.available());
        api = ConsoleDistrict.api();
        screenshots = ConsoleDistrict.screenshots();
        browser = new Browser(api.root(), WIDTH, HEIGHT);
    }

    @AfterClass
    public static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Before
    public void signedInAtFullWidth() {
        // what the console logged before this test began belongs to no test (a late answer of the previous one, or
        // a failed attempt that is being retried); judging it here would fail the wrong test
        browser.consoleProblems(message -> true);
        browser.resize(WIDTH, HEIGHT);
        browser.open("/#/dashboard");
        if (browser.await("the sign-in form or the console", d -> browser.present("form.login-form") ? "login"
                : browser.present("nav#nav .nav-link") ? "console" : null).equals("login")) {
            signIn();
        }
    }

    @After
    public void noConsoleErrors() {
        List<String> problems = browser.consoleProblems(expectedNetworkAnswers());
        assertTrue("the browser console reported:\n" + String.join("\n", problems), problems.isEmpty());
    }

    /** Answers a test provokes on purpose (a wrong password is refused with 401). */
    private static Predicate<String> expectedNetworkAnswers() {
        // TODO(auth): drop the 404 once authentication is on main (the console then treats the platform as open)
        return message -> message.contains("/api/auth/login") && (message.contains("401") || message.contains("404"));
    }

    private void signIn() {
        WebElement form = browser.find("form.login-form");
        WebElement username = form.findElement(org.openqa.selenium.By.name("username"));
        username.clear();
        username.sendKeys(Credentials.USERNAME);
        WebElement password = form.findElement(org.openqa.selenium.By.name("password"));
        password.clear();
        password.sendKeys(Credentials.password(api));
        form.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
        browser.find("nav#nav .nav-link[data-nav=dashboard]");
    }

    @Test
    public void a_signInPageAndSignIn() {
        assumeTrue("sign-in is not enabled on this platform yet", browser.present("#logout"));
        // let the dashboard's requests finish first: signing out revokes the token they carry
        browser.find("figure.chart-wide");
        browser.find("#logout").click();
        WebElement form = browser.find("form.login-form");
        assertEquals("登录", browser.find("#login-title").getText());
        // every input has a label a screen reader reads
        for (WebElement input : form.findElements(org.openqa.selenium.By.cssSelector("input"))) {
            assertFalse("no label for " + input.getAttribute("name"),
                    browser.all("label[for='" + input.getAttribute("id") + "']").isEmpty());
        }
        browser.screenshot(screenshots, "01-login");
        form.findElement(org.openqa.selenium.By.name("username")).sendKeys(Credentials.USERNAME);
        form.findElement(org.openqa.selenium.By.name("password")).sendKeys("not-the-password");
        form.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
        browser.findWithText("#login-error", "用户名或密码不正确");
        browser.open("/#/dashboard");
        signIn();
        assertEquals("工作台", browser.find("h1.page-title").getText());
    }

    @Test
    public void b_browseTheTreeWithTheKeyboardAndSearch() {
        browser.open("/#/organizations");
        WebElement root = browser.findWithText("#org-tree > [role=treeitem]", "济南高新区");
        browser.awaitTrue("the root opens", d -> "true".equals(root.getAttribute("aria-expanded")));
        List<WebElement> streets = browser.all("#org-tree > [role=treeitem] > [role=group] > [role=treeitem]");
        assertTrue("the district has streets and parks", streets.size() >= 13);
        // keyboard: Home goes to the root, ArrowDown walks down to the first street, ArrowRight opens it and enters it
        browser.script("document.querySelector('#org-tree [role=treeitem][tabindex=\"0\"]').focus()");
        browser.driver().switchTo().activeElement().sendKeys(Keys.HOME);
        assertEquals("1", browser.driver().switchTo().activeElement().getAttribute("aria-level"));
        WebElement street = null;
        for (int i = 0; i < streets.size() && street == null; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
            WebElement focused = browser.driver().switchTo().activeElement();
            assertEquals("2", focused.getAttribute("aria-level"));
            if (focused.findElement(org.openqa.selenium.By.cssSelector(".tree-type")).getText().equals("街道")) {
                street = focused;
            }
        }
        assertTrue("a street is reachable with the arrow keys", street != null);
        street.sendKeys(Keys.ARROW_RIGHT);
        WebElement opened = street;
        browser.awaitTrue("the street opens", d -> "true".equals(opened.getAttribute("aria-expanded")));
        street.sendKeys(Keys.ARROW_RIGHT);
        WebElement child = browser.driver().switchTo().activeElement();
        assertEquals("3", child.getAttribute("aria-level"));
        child.sendKeys(Keys.ENTER);
        String childName = child.findElement(org.openqa.selenium.By.cssSelector(".tree-name")).getText();
        browser.findWithText("#org-detail-title", childName);
        assertEquals("true", child.getAttribute("aria-selected"));

        WebElement search = browser.find("#org-search");
        search.sendKeys("街道", Keys.ENTER);
        WebElement result = browser.find("#org-results .result");
        String name = result.getText().split("\n")[0];
        result.click();
        browser.findWithText("#org-detail-title", name);
        browser.screenshot(screenshots, "02-organizations");
    }

    @Test
    public void c_findAMemberAndOpenTheRecord() {
        browser.open("/#/members");
        WebElement table = browser.find("#member-table");
        assertFalse(table.findElements(org.openqa.selenium.By.cssSelector("tbody tr")).isEmpty());
        // each member's unit with the units above it (the district left out), from organizations/listed
        browser.awaitTrue("the members' units named with the units above them", d -> browser.all(
                "#member-table tbody tr td:nth-of-type(5)").stream().anyMatch(c -> c.getText().contains(" › ")));
        WebElement tag = browser.find("#member-tag");
        tag.sendKeys("骑手");
        browser.find("form[role=search] button[type=submit]").click();
        browser.awaitTrue("only riders listed", d -> {
            List<WebElement> rows = browser.all("#member-table tbody tr");
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().contains("骑手"));
        });
        browser.screenshot(screenshots, "03-members");
        WebElement first = browser.find("#member-table tbody tr th a");
        String name = first.getText();
        first.click();
        browser.findWithText("h1.page-title", name);
        WebElement detail = browser.find("#member-detail");
        assertTrue(detail.getText(), detail.getText().contains("公民身份号码"));
        assertTrue(detail.getText(), detail.getText().contains("骑手"));
        browser.screenshot(screenshots, "04-member-detail");
    }

    @Test
    public void d_importAFileWithErrorsShowsTheReport() throws Exception {
        String header = "姓名,性别,民族,出生日期,公民身份号码,学历,联系电话,党员类别,入党日期,转正日期,所在党组织编码,职务岗位,党员状态,流动去向,居住社区编码,标签";
        String csv = header + "\n"
                + "错号码,男,汉族,1980-01-01,340524198001010013,本科,13800138000,正式党员,2005-07-01,2006-07-01,JNGX,党员,正常,,,\n"
                + "无组织,女,汉族,1949-12-31,11010519491231002X,本科,13800138000,正式党员,1975-07-01,1976-07-01,NO-SUCH-UNIT,党员,正常,,,\n";
        Path file = Files.createTempFile("members-with-errors-", ".csv");
        Files.write(file, ("\uFEFF" + csv).getBytes(UTF_8));
        long before = api.get("/members?size=1").expect(200).json().get("total").asLong();

        browser.open("/#/import");
        browser.find("#import-file").sendKeys(file.toAbsolutePath().toString());
        browser.find("#import-submit").click();
        WebElement failed = browser.find("#import-failed");
        assertTrue(failed.getText(), failed.getText().contains("没有保存任何数据"));
        List<WebElement> rows = browser.all("#import-errors tbody tr");
        assertTrue("one line per bad cell, at least the two bad rows: " + rows.size(), rows.size() >= 2);
        String report = browser.find("#import-errors").getText();
        assertTrue(report, report.contains("公民身份号码"));
        assertTrue(report, report.contains("所在党组织编码"));
        assertEquals("nothing was stored", before, api.get("/members?size=1").expect(200).json().get("total").asLong());
        browser.screenshot(screenshots, "05-import-errors");
        Files.delete(file);
    }

    @Test
    public void e_dashboardForTheDistrictAndForAStreet() {
        browser.open("/#/dashboard");
        browser.find(".dash-module[data-module=core] .kpi");
        browser.awaitTrue("charts drawn", d -> browser.all(".dash-module .chart canvas").size() >= 2);
        String district = browser.find("#dashboard").getText();
        assertTrue(district, district.contains("组织与党员") || district.contains("党员"));
        browser.screenshot(screenshots, "06-dashboard");

        // the same dashboard for one street: pick it in the tree and make it the scope
        browser.open("/#/organizations");
        WebElement street = browser.findWithText("#org-tree [role=treeitem][aria-level='2'] .tree-name", "街道");
        String streetName = street.getText();
        street.click();
        browser.findWithText("#org-detail-title", streetName);
        browser.find("#set-scope").click();
        browser.findWithText("#scope-name", streetName);
        browser.open("/#/dashboard");
        browser.findWithText("#page", streetName);
        browser.find(".dash-module[data-module=core] .kpi");
        browser.awaitTrue("charts drawn", d -> browser.all(".dash-module .chart canvas").size() >= 2);
        browser.screenshot(screenshots, "07-dashboard-street");
        resetScopeToTheDistrict();
    }

    private void resetScopeToTheDistrict() {
        browser.open("/#/organizations");
        WebElement root = browser.findWithText("#org-tree > [role=treeitem] > .tree-label .tree-name", "济南高新区");
        root.click();
        browser.findWithText("#org-detail-title", "济南高新区");
        browser.find("#set-scope").click();
        browser.findWithText("#scope-name", "济南高新区");
    }

    @Test
    public void f_installAModuleAtRuntimeSeeItsPageThenUninstall() {
        boolean offered = false;
        for (JsonNode module : api.get("/api/core/modules").expect(200).json()) {
            offered |= module.path("id").asText().equals("industrial");
        }
        assertTrue("the district offers the reference module industrial", offered);

        browser.open("/#/modules");
        WebElement row = browser.find("#module-table tr[data-module=industrial]");
        if (!"AVAILABLE".equals(row.getAttribute("data-state"))) {
            uninstallIndustrial();
        }
        assertFalse(browser.present("nav#nav .nav-link[data-nav^='industrial/']"));
        browser.find("#module-table tr[data-module=industrial] button[data-action=install]").click();
        browser.find("#module-table tr[data-module=industrial][data-state=ACTIVE]");
        WebElement enable = browser.find("#module-table tr[data-module=industrial] input[data-enable=industrial]");
        if (!enable.isSelected()) {
            enable.click();
        }
        browser.find("#module-table tr[data-module=industrial] input[data-enable=industrial]:checked:enabled");
        browser.screenshot(screenshots, "08-modules");
        // its pages appear in the navigation (at the latest after a reload)
        WebElement link = browser.present("nav#nav .nav-link[data-nav^='industrial/']")
                ? browser.find("nav#nav .nav-link[data-nav^='industrial/']")
                : browser.awaitAfterReload("the industrial module's navigation entry",
                        d -> browser.present("nav#nav .nav-link[data-nav^='industrial/']")
                                ? browser.all("nav#nav .nav-link[data-nav^='industrial/']").get(0) : null);
        link.click();
        browser.awaitTrue("the module's page shows its data", d -> browser.present("#page .page-body table")
                || browser.present("#page .page-body p"));
        assertFalse(browser.present(".notice-error"));
        browser.screenshot(screenshots, "09-module-page");
        industrialFormsInAPark();

        browser.open("/#/modules");
        uninstallIndustrial();
        browser.awaitAfterReload("the entry is gone", d -> browser.present("nav#nav .nav-link[data-nav=dashboard]")
                && !browser.present("nav#nav .nav-link[data-nav^='industrial/']") ? Boolean.TRUE : null);
    }

    /**
     * The module's forms, in a park: assign a grid worker through the member picker and see the worker listed;
     * add a request category and see it offered by the submit form; the service catalog page.
     */
    private void industrialFormsInAPark() {
        browser.open("/#/organizations");
        browser.find("#org-search").sendKeys("智造谷产业园", Keys.ENTER);
        browser.findWithText("#org-results button.result", "智造谷产业园").click();
        browser.findWithText("#org-detail-title", "智造谷产业园");
        browser.find("#set-scope").click();
        browser.findWithText("#scope-name", "智造谷产业园");

        // the demo data of a freshly installed module may still be loading: look again until the park's grids show
        browser.open("/#/m/industrial/grids");
        if (!browser.present("#ind-worker-form")) {
            browser.awaitAfterReload("the grid worker form", d -> browser.present("#ind-worker-form") ? Boolean.TRUE : null);
        }
        // sent without a member: the server's field error shows beside the member search box
        browser.find("#ind-worker-form button[type=submit]").click();
        browser.find("#ind-worker-form .field .field-error");
        assertEquals("true", browser.find("#ind-worker-member").getAttribute("aria-invalid"));
        List<String> unexpected = browser.consoleProblems(message -> message.contains("/api/industrial/workers") && message.contains("422"));
        assertTrue("the browser console reported:\n" + String.join("\n", unexpected), unexpected.isEmpty());
        browser.find("#ind-worker-form button.member-find").click();
        browser.find("#ind-worker-form .member-option");
        List<String> working = browser.all("#ind-worker-table tbody tr").stream().map(r -> r.getAttribute("data-member")).toList();
        WebElement candidate = browser.all("#ind-worker-form .member-option").stream()
                .filter(o -> !working.contains(o.getAttribute("data-member"))).findFirst()
                .orElseThrow(() -> new AssertionError("every member found works in a grid already"));
        String memberId = candidate.getAttribute("data-member");
        candidate.click();
        browser.find("#ind-worker-form .member-picked li[data-member='" + memberId + "']");
        new org.openqa.selenium.support.ui.Select(browser.find("#ind-worker-role")).selectByValue("LEADER");
        browser.screenshot(screenshots, "12-industrial-grid-workers");
        browser.find("#ind-worker-form button[type=submit]").click();
        WebElement row = browser.find("#ind-worker-table tr[data-member='" + memberId + "']");
        assertTrue(row.getText(), row.getText().contains("网格长"));
        assertFalse(browser.present(".notice-error"));
        assertFalse("the field error went with the accepted form", browser.present("#ind-worker-form .field-error"));

        String code = "T" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        browser.open("/#/m/industrial/categories");
        browser.find("#ind-category-new").click();
        browser.find("#ind-category-code").sendKeys(code);
        browser.find("#ind-category-zh").sendKeys("测试类别" + code);
        browser.find("#ind-category-en").sendKeys("Test category " + code);
        browser.find("#ind-category-days").sendKeys("7");
        browser.find("#ind-category-form button[type=submit]").click();
        WebElement category = browser.find("#ind-category-table tr[data-category='" + code + "']");
        assertTrue(category.getText(), category.getText().contains("7"));
        browser.screenshot(screenshots, "13-industrial-categories");
        browser.find("#lang-switch").click();
        browser.findWithText("h1.page-title", "Request categories");
        browser.findWithText("#ind-category-table tr[data-category='" + code + "']", "Test category " + code);
        browser.find("#lang-switch").click();
        browser.findWithText("h1.page-title", "诉求类别");
        browser.open("/#/m/industrial/requests/new");
        WebElement offered = browser.find("#ind-new-category option[value='" + code + "']");
        assertTrue(offered.getText(), offered.getText().contains("测试类别" + code) && offered.getText().contains("7"));
        // a request in the new category, assigned to a handler found by name with the same member picker
        new org.openqa.selenium.support.ui.Select(browser.find("#ind-new-enterprise")).selectByIndex(1);
        offered.click();
        browser.find("#ind-new-title").sendKeys("浏览器测试诉求 " + code);
        browser.find("#ind-new-form button[type=submit]").click();
        browser.findWithText("#ind-request-title", "浏览器测试诉求 " + code);
        browser.find("#ind-actions button[data-action=ASSIGN]").click();
        browser.find("#ind-step-assigneeDepartment").sendKeys("园区经济发展部");
        browser.find("#ind-step-form button.member-find").click();
        browser.find("#ind-step-form .member-option").click();
        browser.find("#ind-step-form .member-picked li");
        browser.find("#ind-step-form button[type=submit]").click();
        browser.findWithText("#ind-history", "已分派");

        browser.open("/#/m/industrial/services");
        browser.find("#ind-service-new").click();
        browser.find("#ind-service-form");
        browser.screenshot(screenshots, "14-industrial-services");
        assertFalse(browser.present(".notice-error"));
        resetScopeToTheDistrict();
    }

    private void uninstallIndustrial() {
        browser.find("#module-table tr[data-module=industrial] button[data-action=uninstall]").click();
        // the console asks in its own dialog (never the browser's confirm)
        browser.find("dialog#module-uninstall-dialog[open] button[data-action=confirm]").click();
        browser.find("#module-table tr[data-module=industrial][data-state=AVAILABLE]");
    }

    @Test
    public void g_englishAndTabletWidth() {
        browser.open("/#/members");
        browser.find("#lang-switch").click();
        browser.findWithText("h1.page-title", "Members");
        assertEquals("en", browser.script("return document.documentElement.lang"));
        browser.find("#member-table");
        browser.screenshot(screenshots, "10-members-english");
        browser.find("#lang-switch").click();
        browser.findWithText("h1.page-title", "党员管理");

        browser.resize(800, 1100);
        WebElement menu = browser.find(".menu-toggle");
        assertTrue("the menu button shows at tablet width", menu.isDisplayed());
        assertFalse("the navigation folds away", browser.find("nav#nav").isDisplayed());
        menu.click();
        assertEquals("true", menu.getAttribute("aria-expanded"));
        browser.screenshot(screenshots, "11-tablet-menu");
        browser.find("nav#nav .nav-link[data-nav=organizations]").click();
        browser.findWithText("h1.page-title", "组织架构");
        assertFalse("the navigation closes after choosing", browser.find("nav#nav").isDisplayed());
        Long overflow = (Long) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals("no horizontal scrolling at tablet width", 0L, overflow.longValue());
    }

    @Test
    public void h_failuresAreShownAsMessages() {
        browser.open("/#/members/987654321");
        WebElement alert = browser.find(".notice-error[role=alert]");
        assertTrue(alert.getText(), alert.getText().contains("未找到"));
        browser.consoleProblems(message -> true); // the 404 above was provoked on purpose
        browser.open("/#/no-such-page");
        browser.findWithText("h1", "页面不存在");
    }

    /**
     * The rural pages on the console kit, in Chinese: styled tables with the codes as labels, the year starting at
     * the newest year with data, recommendations for a village found by name as a ranked table, the end of a
     * pairing asked in the console's own dialog (no browser prompt).
     */
    @Test
    public void j_ruralPagesOnTheConsoleKit() {
        browser.open("/#/m/rural/classification");
        browser.find("#rural-classification-table tbody tr");
        assertEquals("the year starts at the demo's newest year", "2024",
                browser.find("#rural-class-year").getAttribute("value"));
        String page = browser.find("#page").getText();
        assertTrue(page, page.contains("示范村") && page.contains("区已确认"));
        for (String code : List.of("DEMONSTRATION", "EXCELLENCE", "FOUNDATION", "CONFIRMED", "COMPUTED")) {
            assertFalse(code + " shown as a code:\n" + page, page.contains(code));
        }
        browser.screenshot(screenshots, "15-rural-classification");

        browser.open("/#/m/rural/visits");
        browser.find("#rural-visit-table tbody tr");
        browser.find("#rural-visit-coverage .kpi");
        browser.screenshot(screenshots, "16-rural-visits");

        browser.open("/#/m/rural/pairing");
        browser.find("#rural-pairing-table tbody tr");
        browser.find("#rural-recommend-village");
        browser.find("button.unit-find").click();
        browser.find(".unit-option").click();
        browser.find(".unit-picked li");
        browser.find("#rural-recommend").click();
        browser.awaitTrue("recommendations or the empty state", d -> browser.present("#rural-recommendations table")
                || browser.present("#rural-recommendations .kit-empty"));
        browser.screenshot(screenshots, "17-rural-pairing");
        browser.find("#rural-pairing-table button[data-action=end]").click();
        browser.find("dialog#rural-end-dialog[open] textarea[name=reason]");
        browser.screenshot(screenshots, "18-rural-end-dialog");
        browser.find("dialog#rural-end-dialog button[data-action=cancel]").click();
        browser.awaitGone("dialog#rural-end-dialog");

        browser.open("/#/m/rural/economy");
        browser.find("#rural-income-table tbody tr");
        browser.screenshot(screenshots, "19-rural-economy");
        assertFalse(browser.present(".notice-error"));
    }

    /**
     * The affairs (基础党务) pages on the console kit, in Chinese: the demo year's meetings with their types and states
     * as labels, the compliance report with the organizations behind, the dashboard with the work record's figures,
     * and the plan form's field errors beside the fields.
     */
    @Test
    public void k_affairsPagesOnTheConsoleKit() {
        // the module is enabled for the demo district when its demo year is written (after core's and the others')
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(10).toNanos();
        while (api.get("/api/affairs/statistics?unit=" + districtId() + "&year=2024").status() != 200
                || api.get("/api/affairs/statistics?unit=" + districtId() + "&year=2024").json().path("membersEvaluated").asInt() == 0) {
            assertTrue("the affairs demo year did not appear", System.nanoTime() < deadline);
            Api.sleep(2000);
        }
        browser.open("/");
        browser.open("/#/m/affairs/dashboard");
        browser.find("#aff-kpi-life");
        browser.findWithText("#aff-dash-ratings", "不合格");
        browser.screenshot(screenshots, "20-affairs-dashboard");

        browser.open("/#/m/affairs/meetings");
        browser.find("#aff-meeting-table tbody tr");
        String page = browser.find("#page").getText();
        assertTrue(page, page.contains("已归档"));
        for (String code : List.of("ARCHIVED", "BRANCH_GENERAL", "THEME_DAY", "LIFE_MEETING")) {
            assertFalse(code + " shown as a code:\n" + page, page.contains(code));
        }
        browser.screenshot(screenshots, "21-affairs-meetings");
        // the server's refusal shown beside the field (the browser's own checks off, so the request is sent)
        browser.script("document.getElementById('aff-plan-form').noValidate = true");
        browser.find("#aff-plan-form button[type=submit]").click();
        browser.find("#aff-plan-form [aria-invalid=true]");
        List<String> unexpected = browser.consoleProblems(message -> message.contains("/api/affairs/meetings") && message.contains("422"));
        assertTrue("only the refusal provoked on purpose: " + unexpected, unexpected.isEmpty());

        browser.open("/#/m/affairs/compliance");
        browser.find("#aff-compliance-year");
        browser.script("var s = document.getElementById('aff-compliance-year'); s.value = '2024'; s.dispatchEvent(new Event('change'))");
        browser.find("#aff-compliance-behind tbody tr");
        browser.findWithText("#aff-compliance-summary", "未落实");
        String report = browser.find("#aff-compliance-behind").getText();
        assertTrue(report, report.contains("党支部") && !report.contains("BRANCH") && !report.contains("THEME_DAY"));
        browser.screenshot(screenshots, "22-affairs-compliance");
        assertFalse(browser.present(".notice-error"));
    }

    private static long districtId() {
        for (var root : api.get("/organizations/roots").expect(200).json()) {
            if ("JNGX".equals(root.path("code").asText())) {
                return root.path("id").asLong();
            }
        }
        throw new AssertionError("no demo district");
    }

    @Test
    public void i_consoleResponsesCarryAStrictContentSecurityPolicy() {
        Api.Response page = api.get(api.root() + "/").expect(200);
        String csp = page.header("Content-Security-Policy").orElse("");
        assertTrue(csp, csp.contains("default-src 'self'") && csp.contains("script-src 'self'") && !csp.contains("unsafe"));
        assertTrue(page.text(), !page.text().contains("<script>") && !page.text().matches("(?s).*\\son[a-z]+=.*"));
        Api.Response script = api.get(api.root() + "/assets/app.js").expect(200);
        assertTrue(script.contentType(), script.contentType().startsWith("text/javascript"));
        assertEquals(404, api.get(api.root() + "/assets/../META-INF/MANIFEST.MF").status());
        Api.Response unknownApi = api.get("/api/nosuchmodule/things");
        assertEquals(404, unknownApi.status());
        assertTrue(unknownApi.contentType(), unknownApi.contentType().startsWith("application/problem+json"));
    }

    @Test
    public void j_issueANoticeAndACollectionTaskAndReadTheInbox() {
        browser.open("/#/notices");
        browser.findWithText("h1.page-title", "通知公告");
        String title = "关于开展主题党日活动的通知 " + System.nanoTime();
        browser.find("#notice-title").sendKeys(title);
        browser.find("#notice-body").sendKeys("请各单位于月底前完成。");
        browser.find("#notice-form button[type=submit]").click();
        browser.findWithText("#notices-table a", title).click();
        browser.findWithText("#receipts-table", "未签收");
        browser.screenshot(screenshots, "15-notice-receipts");

        browser.open("/#/collections");
        browser.findWithText("h1.page-title", "信息报送");
        browser.find("#collection-title").sendKeys("党员人数报送");
        browser.find("#collection-fields").sendKeys("党员人数，活动次数");
        browser.script("document.getElementById('collection-due').value = arguments[0]",
                java.time.LocalDate.now().plusDays(7).toString());
        browser.find("#collection-form button[type=submit]").click();
        browser.findWithText("#collections-table a", "党员人数报送").click();
        browser.findWithText("#collection-summary", "未报");
        browser.find("#completion-table");
        browser.screenshot(screenshots, "16-collection-completion");

        browser.find("#inbox-link").click();
        browser.findWithText("h1.page-title", "消息提醒");
        browser.find("#inbox-list");
    }
}
