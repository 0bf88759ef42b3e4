package org.grassroots.education.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every server message exists in Chinese and English, and every key the code uses is in both files. */
class EducationMessagesTest {
    private static final Pattern USE = Pattern.compile(
            "(?:EducationMessages\\.(?:TEXT\\.)?(?:conflict|invalid)\\((?:\"[a-zA-Z]+\", )?|errors\\.add\\([^,]+, |\\.add\\(\"[^\"]+\", |StateMachine<[^>]+>\\()\"([a-z]+\\.[a-zA-Z]+)\"");

    @Test
    void bothFilesHoldTheSameKeys() {
        assertEquals(Set.of(), EducationMessages.TEXT.bundle().untranslated());
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = USE.matcher(Files.readString(p));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 30, used.toString());
        for (String key : used) {
            assertTrue(EducationMessages.TEXT.bundle().has(key), "no message " + key);
        }
    }

    @Test
    void argumentsAreRenderedInTheMessagesLanguage() {
        assertEquals("site 甲 is Approved: only approved sites can be stops",
                EducationMessages.TEXT.in(Locale.ENGLISH, "route.siteNotApproved", "甲", SiteStatus.APPROVED));
        assertEquals("教学点“甲”当前为“已通过”，只有审核通过的教学点才能加入路线",
                EducationMessages.TEXT.in(Locale.SIMPLIFIED_CHINESE, "route.siteNotApproved", "甲", SiteStatus.APPROVED));
        // ids without grouping, apostrophes kept
        assertEquals("no site 12345 in the route unit's subtree and your scope", EducationMessages.TEXT.in(Locale.ENGLISH, "route.noSite", 12345L));
    }
}
