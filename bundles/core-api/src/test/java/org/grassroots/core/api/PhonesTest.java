package org.grassroots.core.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhonesTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "19912345678", " 15005310000 ", "0531-88886666", "053188886666",
            "010-1234567", "0531-88886666-8021", "0634-6123456"})
    void acceptsMobileAndLandlineNumbers(String phone) {
        assertTrue(Phones.isValid(phone), phone);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "+8613812345678", "138 1234 5678",
            "531-88886666", "0531-123456", "0531-888866661", "0531-88886666-", "0531-88886666-1234567",
            "１3812345678", "88886666"})
    void refusesAnythingElse(String phone) {
        assertFalse(Phones.isValid(phone), phone);
    }

    @Test
    void tellsMobileFromLandline() {
        assertTrue(Phones.isMobile("13812345678"));
        assertFalse(Phones.isMobile("0531-88886666"));
        assertFalse(Phones.isMobile(null));
    }
}
