package org.grassroots.itests.browser;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Browser;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 党员教育's online courses and site photos in headless Chromium against the district with the demo data: the
 * district administrator adds a photo to a teaching site through its dialog (shown as a thumbnail), creates an online
 * course with a material, writes its question bank and publishes it; a member of the district, at phone width, finds
 * the course on 我的学时, takes the exam in the browser and passes, and the hours show in their summary. The browser
 * consoles must stay free of errors. Drives the browser tests' shared district ({@link ConsoleDistrict}).
 */
public class EducationCoursesBrowserIT extends SharedDistrictBrowserTest {
    private static Api admin;
    private static Browser phone;

    @BeforeClass
    public static void administratorClient() {
        admin = admin();
        phone = phone();
    }

    @Test
    public void theDistrictPublishesACourseAndAMemberPassesItsExam() throws IOException {
        long district = district();
        JsonNode someone = admin.get("/members?subtreeOf=" + district + "&size=1").expect(200).json().path("items").get(0);
        String learner = "educationlearner";
        account(learner, "MEMBER", someone.path("organizationId").asLong(), someone.path("id").asLong());

        ConsoleDistrict.signIn(browser, api);
        // ---- a photo of an approved site, through the site's dialog
        browser.open("/#/m/education/sites");
        browser.awaitTrue("sites listed", d -> browser.present("#edu-site-table tbody tr[data-status=APPROVED] button[data-action=photos]"));
        browser.find("#edu-site-table tbody tr[data-status=APPROVED] button[data-action=photos]").click();
        WebElement photos = browser.find("dialog#edu-site-photos-dialog[open]");
        photos.findElement(By.id("edu-site-photo-file")).sendKeys(png().toString());
        photos.findElement(By.cssSelector("button[type=submit]")).click();
        browser.awaitGone("dialog#edu-site-photos-dialog");
        browser.find("#edu-site-table tbody tr[data-status=APPROVED] button[data-action=photos]").click();
        browser.awaitTrue("the photo shown", d -> browser.present("dialog#edu-site-photos-dialog[open] #edu-site-photos li img[src^='blob:']"));
        browser.find("dialog#edu-site-photos-dialog button.kit-dialog-cancel").click();
        browser.awaitGone("dialog#edu-site-photos-dialog");

        // ---- an online course of the district: created, its question bank written, published
        browser.open("/#/m/education/courses");
        browser.find("#edu-course-table");
        browser.find("#edu-course-new").click();
        WebElement dialog = browser.find("dialog#edu-course-dialog[open]");
        dialog.findElement(By.id("edu-course-title")).sendKeys("浏览器测试：学习新党章");
        WebElement hours = dialog.findElement(By.id("edu-course-hours"));
        hours.clear();
        hours.sendKeys("2");
        dialog.findElement(By.id("edu-course-links")).sendKeys("中国共产党章程 | https://www.12371.cn/special/zggcddzc/");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        browser.awaitGone("dialog#edu-course-dialog");
        String draft = "#edu-course-table tbody tr[data-status=DRAFT]";
        browser.awaitTrue("the draft listed", d -> browser.present(draft) && browser.find(draft).getText().contains("学习新党章"));
        browser.find(draft + " button[data-action=questions]").click();
        browser.find("dialog#edu-questions-dialog[open] textarea#edu-course-questions")
                .sendKeys("党的根本宗旨是？\n*全心全意为人民服务\n发展生产力\n\n党的最高理想是？\n全面小康\n*实现共产主义");
        browser.find("dialog#edu-questions-dialog button[type=submit]").click();
        browser.awaitGone("dialog#edu-questions-dialog");
        browser.awaitTrue("two questions", d -> browser.present(draft + " button[data-action=publish]")
                && browser.find(draft).getText().contains("2"));
        browser.find(draft + " button[data-action=publish]").click();
        browser.find("dialog#edu-course-confirm[open] button.kit-dialog-confirm").click();
        String published = "#edu-course-table tbody tr[data-status=PUBLISHED]";
        String row = browser.findWithText(published, "浏览器测试").getText();
        assertTrue(row, row.contains("已发布") && !row.contains("PUBLISHED"));
        browser.screenshot(screenshots, "48-education-courses");
        assertFalse(browser.present(".notice-error"));

        // ---- the member takes the exam on the phone and passes
        signIn(phone, learner, CHOSEN, "/#/m/education/mine");
        phone.open("/#/m/education/mine");
        phone.findWithText("#edu-my-courses li[data-course]", "浏览器测试").findElement(By.cssSelector("button[data-action=exam]")).click();
        WebElement exam = phone.find("dialog#edu-exam-dialog[open]");
        exam.findElement(By.id("edu-exam-q0-c0")).click();
        exam.findElement(By.id("edu-exam-q1-c1")).click();
        phone.screenshot(screenshots, "49-education-exam-phone");
        exam.findElement(By.cssSelector("button[type=submit]")).click();
        phone.awaitGone("dialog#edu-exam-dialog");
        phone.awaitTrue("passed", d -> phone.findWithText("#edu-my-courses li[data-course]", "浏览器测试").getText().contains("已通过"));
        // 我的学时 opens on this year, the year of the pass: the course's hours are in the summary and the credits
        phone.awaitTrue("the hours counted", d -> phone.find("#edu-mine-credits").getText().contains("网络课程")
                && phone.find("#edu-mine-summary").getText().contains("已获 2"));
        assertFalse(phone.present(".notice-error"));

        List<String> problems = browser.consoleProblems(message -> false);
        // a member's console asks core for the dashboard's figures, which members may not read (core's 403, not this module's)
        problems.addAll(phone.consoleProblems(message -> message.contains("/api/core/statistics")));
        assertTrue("the browser console reported:\n" + String.join("\n", problems), problems.isEmpty());
    }

    /** A small real PNG (the console shows it as a thumbnail). */
    private static Path png() throws IOException {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 24; y++) {
                image.setRGB(x, y, x < 16 ? 0xC8102E : 0xFFD700);
            }
        }
        Path file = Files.createTempFile("site-photo", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
