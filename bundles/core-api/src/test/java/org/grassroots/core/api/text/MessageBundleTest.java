package org.grassroots.core.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;
import org.junit.jupiter.api.Test;

class MessageBundleTest {
    private static final MessageBundle MESSAGES = MessageBundle.of(MessageBundleTest.class, "test-messages");

    enum Colour implements Labelled {
        RED;

        @Override
        public LocalizedText labels() {
            return LocalizedText.of("红色", "red");
        }
    }

    @Test
    void rendersInTheReadersLanguageWithArguments() {
        Message m = MESSAGES.message("member.notFound", 8201);
        assertEquals("找不到党员 8201", m.in(Languages.ZH_CN));
        assertEquals("member 8201 not found", m.in(Locale.ENGLISH));
        assertEquals("member 8201 not found", m.in(Locale.UK));
        assertEquals("找不到党员 8201", m.in(Locale.GERMAN), "any other language reads Chinese");
        assertEquals("member 8201 not found", m.english());
    }

    @Test
    void labelledValuesAndMessagesInArgumentsRenderInTheSameLanguage() {
        Message m = MESSAGES.message("status.illegal", Colour.RED, Message.of("开始", "start"));
        assertEquals("当前状态为红色，可执行：开始", m.chinese());
        assertEquals("status is red; allowed: start", m.english());
    }

    @Test
    void aKeyMissingInChineseFallsBackToEnglishAndAnUnknownKeyShowsItself() {
        assertEquals("only in English", MESSAGES.message("english.only").chinese());
        assertEquals("no.such.key", MESSAGES.message("no.such.key").chinese());
        assertTrue(MESSAGES.has("english.only"));
        assertFalse(MESSAGES.has("no.such.key"));
    }

    @Test
    void aListArgumentIsReadItemByItemWithTheLanguagesSeparator() {
        Object[] args = {List.of(org.grassroots.core.api.module.LocalizedText.of("已召开", "Held"), "X1"), List.of()};
        assertEquals("已召开、X1 / 无", MessageBundle.format("{0} / {1}", args, Languages.ZH_CN));
        assertEquals("Held, X1 / nothing", MessageBundle.format("{0} / {1}", args, Locale.ENGLISH));
    }

    @Test
    void bracesThatAreNotArgumentsStayAndMissingArgumentsStay() {
        assertEquals("{x} {0} {1} {12345}", MessageBundle.format("{x} {0} {1} {12345}", new Object[0], Locale.ENGLISH));
        assertEquals("{x} a {1}", MessageBundle.format("{x} {0} {1}", new Object[] {"a"}, Locale.ENGLISH));
        assertEquals("12345", MessageBundle.format("{0}", new Object[] {12345}, Locale.ENGLISH), "no grouping");
    }

    @Test
    void theRequestLanguageIsChineseUnlessEnglishComesFirst() {
        assertEquals(Languages.ZH_CN, Languages.fromHeader(null));
        assertEquals(Languages.ZH_CN, Languages.fromHeader("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(Languages.ENGLISH, Languages.fromHeader("en-US,en;q=0.9"));
        assertEquals(Languages.ENGLISH, Languages.fromHeader("de, en;q=0.5"));
        assertEquals(Languages.ZH_CN, Languages.fromHeader("de"));
        assertEquals(Languages.ZH_CN, Languages.fromHeader("*"));
        assertEquals(Languages.ZH_CN, Languages.fromHeader(";;;==="));
        assertEquals(Languages.ZH_CN, Languages.negotiate(List.of()));
    }

    @Test
    void theExceptionsCarryBothLanguages() {
        NotFoundException missing = new NotFoundException("member", 8201);
        assertEquals("member 8201 not found", missing.getMessage());
        assertEquals("找不到该记录（member 8201）", missing.message(Languages.ZH_CN));

        ConflictException stale = ConflictException.stale("member", 7, 1, 2);
        assertTrue(stale.message(Languages.ZH_CN).contains("请刷新后重试"), stale.message(Languages.ZH_CN));

        ValidationException refused = ValidationException.builder()
                .required("name", " ")
                .required("code", "X1")
                .add("birthDate", Message.of("不能晚于今天", "cannot be in the future"))
                .build();
        assertEquals(2, refused.errors().size());
        assertEquals("必填", refused.errors(Languages.ZH_CN).get(0).reason());
        assertEquals("cannot be in the future", refused.errors(Locale.ENGLISH).get(1).reason());
        assertEquals("name: required; birthDate: cannot be in the future", refused.getMessage());
        assertEquals("name: 必填; birthDate: 不能晚于今天", refused.message(Languages.ZH_CN));
    }

    @Test
    void everyKeyOfCoreApiExistsInBothLanguages() {
        assertEquals(Set.of(), MessageBundle.of(NotFoundException.class).untranslated());
        assertEquals(Set.of(), MessageBundle.of(org.grassroots.core.api.security.ForbiddenException.class).untranslated());
        assertEquals(Set.of("english.only"), MESSAGES.untranslated());
    }
}
