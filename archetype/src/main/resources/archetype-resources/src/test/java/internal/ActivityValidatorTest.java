package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;
import org.junit.jupiter.api.Test;

import ${package}.ActivityDraft;

class ActivityValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    private final ActivityValidator validator = new ActivityValidator(
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void acceptsACompleteActivity() {
        assertDoesNotThrow(() -> validator.check(new ActivityDraft(7L, "主题党日", TODAY, 25)));
    }

    @Test
    void reportsEveryRefusedFieldAtOnce() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> validator.check(new ActivityDraft(null, "  ", TODAY.plusDays(1), 0)));
        assertEquals(List.of("organizationId", "title", "heldOn", "participants"),
                refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void limitsTheTitle() {
        String longTitle = "党".repeat(ActivityValidator.TITLE_MAX + 1);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> validator.check(new ActivityDraft(7L, longTitle, TODAY, 3)));
        assertEquals("title", refused.errors().get(0).field());
    }

    @Test
    void refusesAMissingBody() {
        assertEquals("body", assertThrows(ValidationException.class, () -> validator.check(null)).errors().get(0).field());
    }
}
