package org.grassroots.buildings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.grassroots.core.api.Domain;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.junit.jupiter.api.Test;

/** Business districts' attendance (members joining and leaving), the 两新 rule, the tenancy sheet's columns and coverage spellings. */
class JointWorkTest {
    private static final LocalDate SET_UP = LocalDate.of(2024, 3, 1);

    private static District district(DistrictMember... members) {
        return new District(1, 7, "舜华路街道", "舜华路商圈", null, SET_UP, List.of(members), 1, members.length - 1, 0, null, "t", 0);
    }

    private static DistrictMember member(long unit, LocalDate joined) {
        return member(unit, joined, null);
    }

    private static DistrictMember member(long unit, LocalDate joined, LocalDate left) {
        return new DistrictMember(unit, unit, "单位" + unit, unit == 10, joined, left, 0, 0);
    }

    @Test
    void aMemberThatLeftIsAMemberUpToTheDayItLeftAndCannotBePresentLater() {
        LocalDate left = SET_UP.plusMonths(3);
        DistrictMember gone = member(12, SET_UP, left);
        assertTrue(gone.memberOn(SET_UP));
        assertTrue(gone.memberOn(left));
        assertFalse(gone.memberOn(left.plusDays(1)));
        assertFalse(gone.memberOn(SET_UP.minusDays(1)));
        District d = district(member(10, SET_UP), gone);
        assertEquals(2, Districts.expected(d, left));
        assertEquals(1, Districts.expected(d, left.plusDays(1)));
        ValidationException.Builder errors = ValidationException.builder();
        assertEquals(Set.of(10L), Districts.presentUnits(errors, d, List.of(10L, 12L), left.plusDays(1)));
        FieldError refused = errors.build().errors(Locale.ENGLISH).get(0);
        assertEquals("presentUnitIds[1]", refused.field());
        assertTrue(refused.reason().contains("left the business district on 2024-06-01"), refused.reason());
    }

    @Test
    void everyUnitPresentIsAMemberThatHadJoinedByThen() {
        District d = district(member(10, SET_UP), member(11, SET_UP.plusMonths(6)));
        ValidationException.Builder errors = ValidationException.builder();
        assertEquals(Set.of(10L), Districts.presentUnits(errors, d, Arrays.asList(10L, 11L, 99L, null), SET_UP.plusMonths(1)));
        List<FieldError> refused = errors.build().errors(Locale.ENGLISH);
        assertEquals(List.of("presentUnitIds[1]", "presentUnitIds[2]", "presentUnitIds[3]"), refused.stream().map(FieldError::field).toList());
        assertTrue(refused.get(0).reason().contains("joined the business district only on 2024-09-01"), refused.get(0).reason());

        ValidationException.Builder none = ValidationException.builder();
        assertTrue(Districts.presentUnits(none, d, List.of(), SET_UP).isEmpty());
        assertEquals("presentUnitIds", none.build().errors().get(0).field());
    }

    @Test
    void attendanceIsMeasuredAgainstTheMembersOfTheDay() {
        District d = district(member(10, SET_UP), member(11, SET_UP.plusMonths(6)));
        assertEquals(1, Districts.expected(d, SET_UP.plusMonths(1)));
        assertEquals(2, Districts.expected(d, SET_UP.plusMonths(6)));
        assertEquals(List.of(3L, 41L), Districts.ids("3,41"));
        assertEquals(List.of(), Districts.ids(""));
    }

    @Test
    void twoNewOrganizationsAreTheEmergingSectorsEnterprisesAndSocialOrganizations() {
        assertTrue(Management.twoNew(unit(UnitType.ENTERPRISE, Domain.EMERGING)));
        assertTrue(Management.twoNew(unit(UnitType.SOCIAL_ORGANIZATION, Domain.EMERGING)));
        assertFalse(Management.twoNew(unit(UnitType.ENTERPRISE, Domain.INSTITUTION)));
        assertFalse(Management.twoNew(unit(UnitType.BUILDING, Domain.EMERGING)));
    }

    private static Organization unit(UnitType type, Domain domain) {
        return new Organization(1, "C", "单位", null, "/1/", 1, type, PartyOrgType.NONE, domain, null, null, null, OrgStatus.ACTIVE, 0);
    }

    @Test
    void theSheetReadsCoverageByLabelOrNameAndNamesTheColumnOfEachField() {
        assertEquals(Coverage.OWN_ORGANIZATION, TenancySheets.coverage("单独建立党组织"));
        assertEquals(Coverage.JOINT_BRANCH, TenancySheets.coverage("joint_branch"));
        assertEquals(Coverage.NONE, TenancySheets.coverage("Not covered"));
        assertNull(TenancySheets.coverage("全覆盖"));
        assertEquals(TenancySheets.MEMBERS, TenancySheets.column("fullMembers"));
        assertEquals(TenancySheets.COVERING, TenancySheets.column("coveringOrgId"));
        assertEquals(TenancySheets.BUILDING_CODE, TenancySheets.column("buildingId"));
        assertTrue(TenancySheets.HEADERS.containsAll(List.of(TenancySheets.ENTERPRISE, TenancySheets.MOVED_IN, TenancySheets.MOVED_OUT)));
    }

    @Test
    void aSheetRowForAnEnterpriseAlreadyInChangesItOnlyWhenItsCoverageDiffers() {
        TenancyEntity stay = new TenancyEntity();
        stay.coverage = Coverage.JOINT_BRANCH;
        stay.coveringOrgId = 5L;
        stay.fullMembers = 2;
        assertFalse(TenancySheets.coverageDiffers(stay, move(Coverage.JOINT_BRANCH, 5L, null, 2)));
        assertTrue(TenancySheets.coverageDiffers(stay, move(Coverage.OWN_ORGANIZATION, 5L, null, 2)));
        assertTrue(TenancySheets.coverageDiffers(stay, move(Coverage.JOINT_BRANCH, 6L, null, 2)));
        assertTrue(TenancySheets.coverageDiffers(stay, move(Coverage.JOINT_BRANCH, 5L, "王指导员", 2)));
        assertTrue(TenancySheets.coverageDiffers(stay, move(Coverage.JOINT_BRANCH, 5L, null, 3)));
    }

    private static Tenancies.MoveIn move(Coverage coverage, Long covering, String instructor, int members) {
        return new Tenancies.MoveIn(null, 9L, "企业", 3, null, coverage, covering, instructor, members, SET_UP);
    }

    @Test
    void aMissingFileFormatIsRefusedByName() {
        assertEquals("format", org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> TenancySheets.requireFormat(null)).errors().get(0).field());
    }
}
