package org.grassroots.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.rest.QueryParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RestMessagesTest {
    @AfterEach
    void unbind() {
        RequestLanguage.unbind();
    }

    @Test
    void everyTextOfTheRestBundleExistsInBothLanguages() {
        assertEquals(Set.of(), RequestLanguage.MESSAGES.untranslated());
        assertEquals(Set.of(), MessageBundle.of(QueryParams.class).untranslated());
    }

    @Test
    void problemTitlesReadInTheRequestsLanguage() {
        assertEquals("未找到", RequestLanguage.title(404, "Not found"));
        assertEquals("未找到", RequestLanguage.title(404, "Not Found"), "Jersey's reason phrase");
        assertEquals("账号已锁定", RequestLanguage.title(423, "Account locked"));
        assertEquals("A title of its own", RequestLanguage.title(409, "A title of its own"));
        RequestLanguage.bind("en");
        assertEquals("Not found", RequestLanguage.title(404, "Not Found"));
        assertEquals("Validation failed", RequestLanguage.title(422, "Validation failed"));
    }
}
