package org.grassroots.education.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class SessionRulesTest {
    private static final LocalDateTime START = LocalDateTime.of(2024, 5, 20, 14, 30);

    private static SessionDraft draft(String title, LocalDateTime start, LocalDateTime end, Long site, Long route,
                                      Integer capacity, String hours, List<Long> targets) {
        return new SessionDraft(null, 1L, title, start, end, site, route, capacity,
                hours == null ? null : new BigDecimal(hours), targets);
    }

    private static Set<String> refused(SessionDraft d) {
        return Set.copyOf(SessionRules.fields(d).fields());
    }

    @Test
    void aCompleteDraftPasses() {
        assertEquals(Set.of(), refused(draft("理论学习", START, START.plusHours(3), 5L, null, 50, "3.5", List.of(9L))));
    }

    @Test
    void everyMissingOrBadFieldIsNamedAtOnce() {
        assertEquals(Set.of("title", "startsAt", "endsAt", "capacity", "creditedHours", "targetUnitIds"),
                refused(draft(" ", null, null, null, null, 0, null, List.of())));
    }

    @Test
    void theEndFollowsTheStartWithinThreeDays() {
        assertEquals(Set.of("endsAt"), refused(draft("x", START, START, null, null, 1, "1", List.of(1L))));
        assertEquals(Set.of("endsAt"), refused(draft("x", START, START.plusDays(4), null, null, 1, "1", List.of(1L))));
        assertEquals(Set.of("startsAt"), refused(draft("x", START.withYear(1999), START.withYear(1999).plusHours(1),
                null, null, 1, "1", List.of(1L))));
    }

    @Test
    void hoursComeInHalfHoursBetweenHalfAnHourAndForty() {
        for (String ok : List.of("0.5", "1", "7.0", "40")) {
            assertEquals(Set.of(), refused(draft("x", START, START.plusHours(1), null, null, 1, ok, List.of(1L))), ok);
        }
        for (String bad : List.of("0", "0.25", "1.3", "40.5", "-2")) {
            assertEquals(Set.of("creditedHours"), refused(draft("x", START, START.plusHours(1), null, null, 1, bad, List.of(1L))), bad);
        }
    }

    @Test
    void aSessionIsAtASiteOrAlongARouteNotBoth() {
        assertEquals(Set.of("routeId"), refused(draft("x", START, START.plusHours(1), 1L, 2L, 1, "1", List.of(1L))));
    }

    @Test
    void marksCoverTheWholeRosterAbsentByDefault() {
        Map<Long, AttendanceStatus> marks = SessionRules.marks(List.of(1L, 2L, 3L, 4L),
                new AttendanceDraft(List.of(1L, 2L), List.of(3L)), 10);
        assertEquals(Map.of(1L, AttendanceStatus.PRESENT, 2L, AttendanceStatus.PRESENT, 3L, AttendanceStatus.EXCUSED,
                4L, AttendanceStatus.ABSENT), marks);
        assertEquals(Set.of(AttendanceStatus.ABSENT), Set.copyOf(SessionRules.marks(List.of(5L, 6L),
                new AttendanceDraft(null, null), 1).values()));
    }

    @Test
    void marksRefuseStrangersDoubleMarksAndMoreThanTheCapacity() {
        ValidationException e = assertThrows(ValidationException.class, () -> SessionRules.marks(List.of(1L, 2L, 3L),
                new AttendanceDraft(List.of(1L, 99L, 2L, 3L), List.of(2L)), 3));
        Set<String> fields = e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
        assertEquals(Set.of("present[1]", "excused", "present"), fields);
        assertTrue(e.message(java.util.Locale.ENGLISH).contains("99"), e.message(java.util.Locale.ENGLISH));
        assertTrue(e.errors(java.util.Locale.SIMPLIFIED_CHINESE).toString().contains("不在本次培训的名单中"));
    }
}
