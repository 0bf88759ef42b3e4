package org.grassroots.itests.browser;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * 党群服务阵地's pages in headless Chromium against the browser tests' shared district with the demo data: the
 * registry in Chinese (no raw codes), the position form refusing an empty position with the reasons beside the fields
 * and saving a change with If-Match, the assessments of the demo year, a room booked through the dialog and the same
 * slot refused (no double booking), the events page (the demo's events, an event published in a room, the
 * reminder to those signed up) and the members' sign-in page. The browser console must stay
 * free of errors. Drives {@link ConsoleDistrict}.
 */
public class PositionBrowserIT extends SharedDistrictBrowserTest {

    @Test
    public void theDistrictKeepsItsPositionsAndBooksTheirRooms() {
        district();
        signInAsAdministrator();

        // ---- 阵地台账: Chinese labels, never the codes
        browser.open("/#/m/position/positions");
        browser.awaitTrue("positions listed", d -> browser.all("#position-table tbody tr[data-position]").size() >= 20);
        String text = browser.find("#position-table").getText();
        assertTrue(text, text.contains("投入使用") && text.contains("街道（园区）级"));
        for (String code : List.of("IN_USE", "PLANNED", "STREET_PARK", "VILLAGE_COMMUNITY", "PARTY_ACTIVITIES")) {
            assertFalse(code + " shown raw", text.contains(code));
        }
        browser.screenshot(screenshots, "36-position-positions");

        // ---- 登记阵地: an empty form is refused with the reasons beside the fields, nothing stored
        browser.find("#position-add").click();
        browser.find("dialog#position-form-dialog[open] button[type=submit]").click();
        browser.awaitTrue("the refusals beside the fields", d -> browser.all("dialog#position-form-dialog .field-error").size() >= 2);
        assertTrue(browser.find("dialog#position-form-dialog input[name=name]").getAttribute("aria-invalid") != null);
        browser.find("dialog#position-form-dialog button.kit-dialog-cancel").click();
        browser.awaitGone("dialog#position-form-dialog");

        // ---- 修改: a change saved with the version the reader saw
        browser.find("#position-table tbody tr[data-position] button[data-action=edit]").click();
        WebElement hours = browser.find("dialog#position-form-dialog[open] input[name=openingHours]");
        hours.clear();
        hours.sendKeys("8:30—20:00（周末 9:00—17:00）");
        browser.find("dialog#position-form-dialog button[type=submit]").click();
        browser.awaitGone("dialog#position-form-dialog");

        // ---- 阵地评估: the assessments of the scope, graded in Chinese
        browser.open("/#/m/position/assessments");
        new Select(browser.find("#position-assessment-year")).selectByValue("2024");
        browser.awaitTrue("the 2024 assessments", d -> browser.all("#position-assessment-table tbody tr[data-assessment]").size() >= 10);
        String assessments = browser.find("#position-assessment-table").getText();
        assertFalse(assessments, assessments.contains("EXCELLENT") || assessments.contains("GOOD"));

        // ---- 功能室预约: a room booked for tomorrow; the same slot again is refused in the form
        browser.open("/#/m/position/bookings");
        String tomorrow = LocalDate.now().plusDays(1).toString();
        browser.find("#position-booking-table");
        book(tomorrow);
        browser.awaitGone("dialog#position-book-dialog");
        setDate("#position-booking-day", tomorrow);
        browser.awaitTrue("the booking listed", d -> browser.all("#position-booking-table tbody tr[data-status=BOOKED]").size() == 1);
        browser.screenshot(screenshots, "37-position-bookings");
        book(tomorrow);
        browser.awaitTrue("the overlap refused", d -> browser.find("dialog#position-book-dialog .form-message").getText().contains("重叠"));
        browser.find("dialog#position-book-dialog button.kit-dialog-cancel").click();
        browser.awaitGone("dialog#position-book-dialog");

        // ---- 阵地活动 and the members' page
        browser.open("/#/m/position/events");
        browser.find("#position-event-kpis");
        browser.awaitTrue("the demo's events listed", d -> !browser.all("#position-event-table tbody tr[data-event]").isEmpty());
        // an event in a room of the first position that has rooms, tomorrow 14:00 to 15:00: the room is booked with it
        browser.find("#position-event-add").click();
        browser.find("dialog#position-event-dialog[open]");
        browser.find("#position-event-title").sendKeys("党课学习");
        setValue("#position-event-starts", tomorrow + "T14:00");
        setValue("#position-event-ends", tomorrow + "T15:00");
        browser.script("const p = document.querySelector('#position-event-position'); const r = document.querySelector('#position-event-room');"
                + " for (const o of p.options) { p.value = o.value; p.dispatchEvent(new Event('change', { bubbles: true }));"
                + " if (r.options.length > 1) break; }"
                + " r.value = r.options[1].value; r.dispatchEvent(new Event('change', { bubbles: true }));");
        String room = (String) browser.script("return document.querySelector('#position-event-room').value;");
        browser.find("dialog#position-event-dialog button[type=submit]").click();
        browser.awaitGone("dialog#position-event-dialog");
        browser.awaitTrue("the new event with its room", d -> browser.all("#position-event-table tbody tr[data-event]").stream()
                .anyMatch(row -> row.getText().contains("党课学习") && row.getText().contains(room)));
        browser.screenshot(screenshots, "48-position-events");
        browser.find("#position-event-remind").click();
        browser.awaitTrue("the reminder's answer", d -> browser.present("#notices .notice-success")
                && browser.find("#notices .notice-success").getText().contains("活动提醒"));
        browser.open("/#/m/position/signin");
        browser.awaitTrue("the sign-in page", d -> browser.present("#position-signin-no-member") || browser.present("#position-signin-form"));
        assertFalse(browser.present(".notice-error"));

        List<String> problems = browser.consoleProblems(message -> message.contains("409") || message.contains("422"));
        assertTrue("the browser console reported:\n" + String.join("\n", problems), problems.isEmpty());
    }

    /** Fills the booking dialog for the first room of the chosen position, 09:00 to 10:00, for the district's centre. */
    private static void book(String day) {
        browser.find("#position-booking-add").click();
        browser.find("dialog#position-book-dialog[open]");
        setDate("#position-book-day", day);
        setValue("#position-book-from", "09:00");
        setValue("#position-book-to", "10:00");
        browser.find("#position-book-unit").sendKeys("高新");
        browser.find("dialog#position-book-dialog button.unit-find").click();
        browser.find("dialog#position-book-dialog button.unit-option").click();
        browser.find("#position-book-purpose").sendKeys("支部主题党日");
        browser.find("dialog#position-book-dialog button[type=submit]").click();
    }

    private static void setDate(String css, String value) {
        setValue(css, value);
    }

    /** Date and time inputs take their value through script (typing depends on the browser's locale). */
    private static void setValue(String css, String value) {
        browser.script("const e = document.querySelector(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('change', { bubbles: true }));", css, value);
    }
}
