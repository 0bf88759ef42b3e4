package org.grassroots.industrial.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.text.Languages;
import org.grassroots.industrial.RequestAction;
import org.grassroots.industrial.RequestStatus;
import org.junit.jupiter.api.Test;

/** Industrial's server messages exist in Chinese and English, and the Chinese reads without English words. */
class IndustrialMessagesTest {
    private static final Locale ZH = Languages.ZH_CN;
    /** Latin letters a street-office secretary reads in Chinese text: file formats. */
    private static final Set<String> ABBREVIATIONS = Set.of("XLSX", "CSV", "PDF");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");

    @Test
    void everyKeyIsInBothLanguages() {
        assertTrue(IndustrialMessages.TEXT.bundle().has("notFound"));
        assertEquals(Set.of(), IndustrialMessages.TEXT.bundle().untranslated());
    }

    @Test
    void noChineseTextHasLatinWords() throws IOException {
        Properties zh = read("messages_zh.properties");
        List<String> latin = new ArrayList<>();
        for (String key : zh.stringPropertyNames()) {
            Matcher m = LATIN.matcher(zh.getProperty(key));
            while (m.find()) {
                if (!ABBREVIATIONS.contains(m.group())) {
                    latin.add(key + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), latin);
        assertTrue(zh.size() >= 60, "" + zh.size());
    }

    @Test
    void aRefusedStepReadsInChineseAndKeepsItsEnglish() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> RequestWorkflow.next(7, RequestStatus.RATED, RequestAction.REOPEN, null));
        assertEquals("企业诉求 7 当前为“已评价”，现在不能重启；可进行的操作：无，诉求已办结", e.message(ZH));
        assertTrue(e.getMessage().startsWith("Service request 7 is RATED"), e.getMessage());
        ConflictException early = assertThrows(ConflictException.class,
                () -> RequestWorkflow.next(3, RequestStatus.SUBMITTED, RequestAction.RESOLVE, null));
        assertTrue(early.message(ZH).endsWith("可进行的操作：分派"), early.message(ZH));
    }

    @Test
    void fieldErrorsReadInChinese() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> RequestWorkflow.next(1, RequestStatus.IN_PROGRESS, RequestAction.RESOLVE, WorkflowStep.empty()));
        assertEquals("resolution", e.errors(ZH).get(0).field());
        assertEquals("必填：为企业办理了什么", e.errors(ZH).get(0).reason());
        assertEquals("required: what was done for the enterprise", e.errors().get(0).reason());
    }

    @Test
    void recordsAreNamedInTheReadersWords() {
        assertEquals("找不到企业诉求 320", IndustrialMessages.TEXT.notFound(ServiceRequests.TYPE, 320).message(ZH));
        assertEquals("service request 320 not found", IndustrialMessages.TEXT.notFound(ServiceRequests.TYPE, 320).getMessage());
        assertEquals("该工业社区（4）已被他人修改（您的版本 1，当前版本 2），请刷新后重试",
                IndustrialMessages.TEXT.stale(Communities.TYPE, 4, 1, 2).message(ZH));
    }

    private static Properties read(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = IndustrialMessages.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The kit's visibility refusal is re-thrown naming the record in the reader's words (once, not recursively). */
    @Test
    void anUnseenRecordIsRefusedInTheReadersWords() {
        org.grassroots.core.api.module.ModuleScope scope = (org.grassroots.core.api.module.ModuleScope) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] { org.grassroots.core.api.module.ModuleScope.class }, (proxy, method, args) -> {
                    if (method.getName().equals("requireVisible")) {
                        throw new org.grassroots.core.api.NotFoundException("industrial.request", args[2]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        org.grassroots.core.api.NotFoundException refused = assertThrows(org.grassroots.core.api.NotFoundException.class,
                () -> IndustrialMessages.TEXT.requireVisible(scope, "/1/2/", ServiceRequests.TYPE, 320));
        String zh = refused.message().in(Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("320") && !zh.contains("industrial"), zh);
    }
}
