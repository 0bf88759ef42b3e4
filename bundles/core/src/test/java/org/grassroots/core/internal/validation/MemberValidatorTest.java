package org.grassroots.core.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.IdNumbers;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberDraft;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 12, 31);
    private static final String MALE_1980_01_01 = "34052419800101001X";

    private final MemberValidator validator = new MemberValidator();

    @Test
    void acceptsACompleteMember() {
        assertEquals(List.of(), validator.validate(valid().build(), TODAY));
    }

    @Test
    void acceptsAMinimalMember() {
        MemberDraft minimal = valid().ethnicity(null).education(null).phone(null).fullMemberOn(null).post(null)
                .tags(Set.of()).build();
        assertEquals(List.of(), validator.validate(minimal, TODAY));
    }

    @Test
    void reportsEveryMissingRequiredField() {
        MemberDraft empty = new MemberDraft(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        assertEquals(List.of(
                        FieldError.of("name", "required"),
                        FieldError.of("sex", "required"),
                        FieldError.of("birthDate", "required"),
                        FieldError.of("idNumber", "required"),
                        FieldError.of("category", "required"),
                        FieldError.of("joinedOn", "required"),
                        FieldError.of("organizationId", "required"),
                        FieldError.of("status", "required")),
                validator.validate(empty, TODAY));
    }

    @Test
    void nameMustNotBeBlankNorLongerThan50() {
        assertErrors(b -> b.name("   "), FieldError.of("name", "required"));
        assertErrors(b -> b.name("名".repeat(51)), FieldError.of("name", "must be at most 50 characters"));
        assertValid(b -> b.name("  " + "名".repeat(50) + "  "));
    }

    @Test
    void idNumberProblemsAreReportedWithTheReason() {
        assertErrors(b -> b.idNumber("340524198001010013"), FieldError.of("idNumber", "check character should be X"));
        assertErrors(b -> b.idNumber("3405241980"), FieldError.of("idNumber", "must be 18 characters long, not 10"));
    }

    @Test
    void idNumberIsAcceptedWithLowercaseXAndBlanks() {
        assertValid(b -> b.idNumber(" 34052419800101001x "));
    }

    @Test
    void birthDateMustMatchTheIdNumber() {
        assertErrors(b -> b.birthDate(LocalDate.of(1980, 1, 2)),
                FieldError.of("birthDate", "does not match the birth date in the ID number (1980-01-01)"));
    }

    @Test
    void birthDateMustNotBeInTheFuture() {
        // the ID number is invalid too, so only the field's own rule speaks for the birth date
        List<FieldError> errors = validator.validate(valid().idNumber(null).birthDate(TODAY.plusDays(1)).build(), TODAY);
        assertTrue(errors.contains(FieldError.of("birthDate", "must not be in the future")), errors.toString());
    }

    @Test
    void sexMustMatchTheSequenceDigit() {
        assertErrors(b -> b.sex(Sex.FEMALE),
                FieldError.of("sex", "does not match the ID number, whose sequence digit says MALE (男)"));
        assertValid(b -> b.sex(Sex.FEMALE).idNumber("11010519491231002X").birthDate(LocalDate.of(1949, 12, 31)));
    }

    @Test
    void phoneIsOptionalButMustBeValidWhenGiven() {
        assertValid(b -> b.phone("  "));
        assertValid(b -> b.phone("0531-88886666"));
        assertErrors(b -> b.phone("1381234567"), FieldError.of("phone",
                "must be an 11-digit mobile number or a landline with area code, e.g. 0531-88886666"));
    }

    @Test
    void joinedOnMustNotBeInTheFuture() {
        assertErrors(b -> b.joinedOn(TODAY.plusDays(1)).fullMemberOn(null).category(MemberCategory.PROBATIONARY),
                FieldError.of("joinedOn", "must not be in the future"));
    }

    @Test
    void memberMustBeAtLeast18WhenJoining() {
        assertErrors(b -> b.joinedOn(LocalDate.of(1997, 12, 31)).fullMemberOn(null),
                FieldError.of("joinedOn", "the member must be at least 18 when joining (18th birthday 1998-01-01)"));
        assertValid(b -> b.joinedOn(LocalDate.of(1998, 1, 1)).fullMemberOn(null));
    }

    @Test
    void ageAtJoiningUsesTheIdNumbersBirthDateWhenTheFieldIsMissing() {
        List<FieldError> errors = validator.validate(
                valid().birthDate(null).joinedOn(LocalDate.of(1997, 6, 1)).fullMemberOn(null).build(), TODAY);
        assertEquals(List.of(FieldError.of("birthDate", "required"),
                FieldError.of("joinedOn", "the member must be at least 18 when joining (18th birthday 1998-01-01)")), errors);
    }

    @Test
    void fullMemberOnIsOptionalForFullMembers() {
        assertValid(b -> b.fullMemberOn(null));
    }

    @Test
    void fullMemberOnMustNotPrecedeJoining() {
        assertErrors(b -> b.fullMemberOn(LocalDate.of(2005, 6, 30)),
                FieldError.of("fullMemberOn", "must not be before joinedOn (2005-07-01)"));
        assertValid(b -> b.fullMemberOn(LocalDate.of(2005, 7, 1)));
    }

    @Test
    void fullMemberOnMustNotBeInTheFuture() {
        assertErrors(b -> b.joinedOn(LocalDate.of(2024, 6, 1)).fullMemberOn(LocalDate.of(2025, 6, 1)),
                FieldError.of("fullMemberOn", "must not be in the future"));
    }

    @Test
    void probationaryMembersHaveNoFullMemberOn() {
        assertErrors(b -> b.category(MemberCategory.PROBATIONARY),
                FieldError.of("fullMemberOn", "must be empty for a probationary member"));
        assertValid(b -> b.category(MemberCategory.PROBATIONARY).fullMemberOn(null));
    }

    @Test
    void floatingMembersNeedADestination() {
        assertErrors(b -> b.status(MemberStatus.FLOATING).floatingDestination(" "),
                FieldError.of("floatingDestination", "required when status is FLOATING"));
        assertValid(b -> b.status(MemberStatus.FLOATING).floatingDestination("上海市浦东新区"));
        assertValid(b -> b.status(MemberStatus.LOST_CONTACT));
    }

    @Test
    void aDraftCannotTakeAMemberOffTheRoll() {
        assertErrors(b -> b.status(MemberStatus.LEFT), FieldError.of("status",
                "a member leaves the roll by a leaving step (reason and day), not by editing the status"));
    }

    @Test
    void floatingDestinationFitsItsColumn() {
        assertErrors(b -> b.status(MemberStatus.FLOATING).floatingDestination("地".repeat(201)),
                FieldError.of("floatingDestination", "must be at most 200 characters"));
    }

    @Test
    void tagsMustNotBeBlank() {
        assertErrors(b -> b.tags(Set.of("骑手", " ")), FieldError.of("tags", "must not contain a blank tag"));
    }

    @Test
    void tagsAreAtMost20Characters() {
        String tooLong = "标".repeat(21);
        assertErrors(b -> b.tags(Set.of("标".repeat(20), tooLong)),
                FieldError.of("tags", "tag \"" + tooLong + "\" is longer than 20 characters"));
    }

    @Test
    void tagsMustNotContainTheStorageSeparator() {
        assertErrors(b -> b.tags(Set.of("骑手;快递员")), FieldError.of("tags", "tag \"骑手;快递员\" must not contain ';'"));
    }

    @Test
    void atMost20Tags() {
        Set<String> many = new java.util.HashSet<>();
        for (int i = 0; i < 21; i++) {
            many.add("t" + i);
        }
        assertErrors(b -> b.tags(many), FieldError.of("tags", "at most 20 tags"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ethnicity", "education", "post"})
    void freeTextFieldsFitTheirColumns(String field) {
        int max = switch (field) {
            case "post" -> MemberValidator.MAX_POST_LENGTH;
            default -> 20;
        };
        String tooLong = "字".repeat(max + 1);
        UnaryOperator<Builder> change = switch (field) {
            case "ethnicity" -> b -> b.ethnicity(tooLong);
            case "education" -> b -> b.education(tooLong);
            default -> b -> b.post(tooLong);
        };
        assertErrors(change, FieldError.of(field, "must be at most " + max + " characters"));
    }

    @Test
    void validIdNumbersFromTheCheckCharacterAlgorithmPass() {
        String first17 = "37011219951130002";
        String id = first17 + IdNumbers.checkCharacter(first17);
        assertValid(b -> b.idNumber(id).sex(Sex.FEMALE).birthDate(LocalDate.of(1995, 11, 30))
                .joinedOn(LocalDate.of(2016, 5, 4)).fullMemberOn(LocalDate.of(2017, 5, 4)));
    }

    private void assertValid(UnaryOperator<Builder> change) {
        assertEquals(List.of(), validator.validate(change.apply(valid()).build(), TODAY));
    }

    private void assertErrors(UnaryOperator<Builder> change, FieldError... expected) {
        assertEquals(List.of(expected), validator.validate(change.apply(valid()).build(), TODAY));
    }

    private static Builder valid() {
        return new Builder();
    }

    /** A valid male member born 1980-01-01; each setter changes one field. */
    static final class Builder {
        private String name = "张伟";
        private Sex sex = Sex.MALE;
        private String ethnicity = "汉族";
        private LocalDate birthDate = LocalDate.of(1980, 1, 1);
        private String idNumber = MALE_1980_01_01;
        private String education = "大学本科";
        private String phone = "13812345678";
        private MemberCategory category = MemberCategory.FULL;
        private LocalDate joinedOn = LocalDate.of(2005, 7, 1);
        private LocalDate fullMemberOn = LocalDate.of(2006, 7, 1);
        private Long organizationId = 1L;
        private String post = "工程师";
        private MemberStatus status = MemberStatus.NORMAL;
        private String floatingDestination;
        private Long residenceCommunityId;
        private Set<String> tags = Set.of("骑手");

        Builder name(String v) { name = v; return this; }
        Builder sex(Sex v) { sex = v; return this; }
        Builder ethnicity(String v) { ethnicity = v; return this; }
        Builder birthDate(LocalDate v) { birthDate = v; return this; }
        Builder idNumber(String v) { idNumber = v; return this; }
        Builder education(String v) { education = v; return this; }
        Builder phone(String v) { phone = v; return this; }
        Builder category(MemberCategory v) { category = v; return this; }
        Builder joinedOn(LocalDate v) { joinedOn = v; return this; }
        Builder fullMemberOn(LocalDate v) { fullMemberOn = v; return this; }
        Builder post(String v) { post = v; return this; }
        Builder status(MemberStatus v) { status = v; return this; }
        Builder floatingDestination(String v) { floatingDestination = v; return this; }
        Builder tags(Set<String> v) { tags = v; return this; }

        MemberDraft build() {
            return new MemberDraft(name, sex, ethnicity, birthDate, idNumber, education, phone, category, joinedOn,
                    fullMemberOn, organizationId, post, status, floatingDestination, residenceCommunityId, tags);
        }
    }
}
