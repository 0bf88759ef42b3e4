package org.grassroots.education.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.grassroots.core.api.ConflictException;
import org.junit.jupiter.api.Test;

class SheetsAndRemindersTest {
    @Test
    void theSignInSheetReadsLabelsCodesAndTicks() {
        assertEquals(AttendanceStatus.PRESENT, EducationSheets.attendance("出席"));
        assertEquals(AttendanceStatus.PRESENT, EducationSheets.attendance(" √ "));
        assertEquals(AttendanceStatus.EXCUSED, EducationSheets.attendance("请假"));
        assertEquals(AttendanceStatus.ABSENT, EducationSheets.attendance("absent"));
        assertNull(EducationSheets.attendance("迟到"));
    }

    @Test
    void remindersGoOutOnlyInTheLastQuarterOfTheirYear() {
        Reminders reminders = new Reminders(null, null, null);
        ConflictException june = assertThrows(ConflictException.class,
                () -> reminders.remindBehind(1L, 2024, LocalDate.of(2024, 6, 30)));
        assertTrue(june.message(java.util.Locale.SIMPLIFIED_CHINESE).contains("2024 年的学时提醒在该年第四季度"), june.getMessage());
        assertThrows(ConflictException.class, () -> reminders.remindBehind(1L, 2024, LocalDate.of(2025, 11, 1)));
    }
}
