package org.grassroots.core.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {
    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "响铃\u0007", "\u202Eexe.txt", "\u2066x\u2069", "\uD800", "x\uDC00y", "\u0085",
        "a\u0301\u0301\u0301\u0301\u0301"})
    void refusesWhatCannotBeStoredAsText(String text) {
        assertNotNull(Texts.problem(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三", "Nguyễn", "多行\n文本\r\n", "制表\t符", "😀 emoji", "王䶮", "e\u0301", "ཀྵྐྵ"})
    void acceptsOrdinaryText(String text) {
        assertNull(Texts.problem(text), text);
    }

    @Test
    void singleLineFieldsRefuseLineBreaksAndTabs() {
        assertNotNull(Texts.singleLineProblem("第一行\n第二行"));
        assertNotNull(Texts.singleLineProblem("a\tb"));
        assertNotNull(Texts.singleLineProblem("a\u2028b"));
        assertNull(Texts.singleLineProblem("济南高新区 舜华路街道"));
        assertTrue(Texts.singleLineProblem("x\n").chinese().contains("一行"));
    }

    @Test
    void invisibleCharactersCountAsBlank() {
        assertTrue(Texts.isBlank("\u200B\u200B"));
        assertTrue(Texts.isBlank("\u3000 "));
        assertTrue(Texts.looksBlankButIsNot("\u200B"));
        assertFalse(Texts.looksBlankButIsNot("  "));
        assertFalse(Texts.isBlank("a\u200B"));
    }

    @Test
    void normalizesToNfc() {
        assertEquals("\u00E9", Texts.normalize("e\u0301"));
        assertNull(Texts.normalize(null));
        // the quick path (Latin and CJK ideographs only) hands the same text back; anything else takes the JDK's
        String plain = "张三 Zhang-San 2024 \u00E9\u00FC";
        assertSame(plain, Texts.normalize(plain));
        assertEquals("\u6D4B\u00E9", Texts.normalize("\u6D4Be\u0301"));
        // a CJK compatibility ideograph (outside the quick path's ranges) has a canonical equivalent
        assertEquals("\u8C48", Texts.normalize("\uF900"));
        assertEquals("\uAC00", Texts.normalize("\u1100\u1161"));
    }

    @Test
    void itsMessagesExistInBothLanguages() {
        assertEquals(Set.of(), MessageBundle.of(Texts.class).untranslated());
    }
}
