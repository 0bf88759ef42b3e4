package org.grassroots.itests.browser;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.junit.runners.Suite.SuiteClasses;

/**
 * The browser tests, in one test JVM one after the other, so that they drive one district ({@link ConsoleDistrict})
 * instead of starting one each: a start writes the whole demo, every module's part. failsafe runs this suite and
 * leaves the {@code *BrowserIT} classes out on their own ({@code itests/pom.xml}); a module's browser test is added
 * here. {@code -Dit.test=EducationBrowserIT} runs one class alone.
 */
@RunWith(Suite.class)
@SuiteClasses({
        ConsoleBrowserIT.class,
        EducationBrowserIT.class,
        WorkRecordBrowserIT.class,
        ConsoleEditingBrowserIT.class,
        SetupBrowserIT.class,
        ScreenBrowserIT.class,
        PositionBrowserIT.class,
        DuesBrowserIT.class,
        RoleModelBrowserIT.class,
        MembershipBrowserIT.class,
        AnnualStatsBrowserIT.class,
        CommunityBrowserIT.class,
        BuildingsBrowserIT.class,
        EducationCoursesBrowserIT.class,
        AffairsBrowserIT.class,
        // a module's browser test goes above this line; the language walk over every page stays last
        ConsoleLanguageBrowserIT.class })
public class BrowserSuiteIT {
}
