package org.grassroots.affairs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grassroots.testkit.ModuleLabelsCheck;
import org.junit.jupiter.api.Test;

/** Every code and every message of the module exists in Chinese and in English. */
class LabelsTest {
    @Test
    void everyEnumAndFixedBreakdownKeyIsLabelled() {
        ModuleLabelsCheck.check(AffairsModule.describe("1.0.0"), Codes.class, "held", "missing");
    }

    @Test
    void everyMessageHasBothLanguagesWithTheSameArguments() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        assertEquals(en.keySet(), zh.keySet());
        Pattern arg = Pattern.compile("\\{(\\d)}");
        for (String key : en.stringPropertyNames()) {
            assertEquals(args(arg.matcher(en.getProperty(key))), args(arg.matcher(zh.getProperty(key))), key);
            assertFalse(zh.getProperty(key).chars().allMatch(c -> c < 128), key + " is not translated");
        }
    }

    @Test
    void messagesAreFilledIn() {
        assertEquals("at most 300 characters", Texts.en("text.max", 300));
        assertTrue(Texts.en("meeting.type.notFor", Codes.MeetingType.DEMOCRATIC_LIFE, "第一支部", "Branch")
                .startsWith("Democratic life meeting is not held by 第一支部"));
    }

    private static java.util.Set<String> args(Matcher m) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(Texts.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
