package org.grassroots.core.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.core.api.Domain;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.OrganizationDraft;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 12, 31);

    private final OrganizationValidator validator = new OrganizationValidator();

    @Test
    void acceptsACompleteUnit() {
        assertEquals(List.of(), validator.validate(draft("JNGX-S01-V012", "间家坊村", "370171403212", TODAY), TODAY));
    }

    @Test
    void acceptsAUnitWithoutOptionalFields() {
        OrganizationDraft minimal = new OrganizationDraft("JNGX", "济南高新区", null, UnitType.DISTRICT,
                PartyOrgType.WORKING_COMMITTEE, null, null, null, null, OrgStatus.ACTIVE);
        assertEquals(List.of(), validator.validate(minimal, TODAY));
    }

    @Test
    void reportsEveryMissingRequiredField() {
        OrganizationDraft empty = new OrganizationDraft(null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of(
                        FieldError.of("code", "required"),
                        FieldError.of("name", "required"),
                        FieldError.of("unitType", "required"),
                        FieldError.of("partyOrgType", "required"),
                        FieldError.of("status", "required")),
                validator.validate(empty, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "jngx_s01-v012", "0123456789012345678901234567890123456789", " JNGX "})
    void acceptsPlainAsciiCodesUpTo40Characters(String code) {
        assertEquals(List.of(), validator.validate(draft(code, "村", null, null), TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JNGX S01", "高新区", "JNGX/S01", "01234567890123456789012345678901234567890", "JNGX.1"})
    void refusesOtherCodes(String code) {
        assertEquals(List.of(FieldError.of("code", "must be 1 to 40 letters, digits, '-' or '_'")),
                validator.validate(draft(code, "村", null, null), TODAY));
    }

    @Test
    void blankCodeIsMissing() {
        assertEquals(List.of(FieldError.of("code", "required")), validator.validate(draft("  ", "村", null, null), TODAY));
    }

    @Test
    void nameIsRequiredAndAtMost100Characters() {
        assertEquals(List.of(FieldError.of("name", "required")), validator.validate(draft("X", " ", null, null), TODAY));
        assertEquals(List.of(FieldError.of("name", "must be at most 100 characters")),
                validator.validate(draft("X", "名".repeat(101), null, null), TODAY));
        assertEquals(List.of(), validator.validate(draft("X", "名".repeat(100), null, null), TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"370112", "370171403212", " 370102 ", ""})
    void acceptsSixOrTwelveDigitDivisionCodesOrNone(String divisionCode) {
        assertEquals(List.of(), validator.validate(draft("X", "村", divisionCode, null), TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"37011", "3701120", "370112403", "3701714032120", "37O112", "３70112"})
    void refusesOtherDivisionCodes(String divisionCode) {
        assertEquals(List.of(FieldError.of("divisionCode", "must be a 6-digit or 12-digit administrative division code")),
                validator.validate(draft("X", "村", divisionCode, null), TODAY));
    }

    @Test
    void foundedOnMustNotBeInTheFuture() {
        assertEquals(List.of(FieldError.of("foundedOn", "must not be in the future")),
                validator.validate(draft("X", "村", null, TODAY.plusDays(1)), TODAY));
        assertEquals(List.of(), validator.validate(draft("X", "村", null, TODAY), TODAY));
    }

    private static OrganizationDraft draft(String code, String name, String divisionCode, LocalDate foundedOn) {
        return new OrganizationDraft(code, name, 7L, UnitType.VILLAGE, PartyOrgType.BRANCH, Domain.RURAL, null,
                foundedOn, divisionCode, OrgStatus.ACTIVE);
    }
}
