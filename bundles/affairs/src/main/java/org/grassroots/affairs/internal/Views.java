package org.grassroots.affairs.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.grassroots.affairs.internal.Codes.CampaignStatus;
import org.grassroots.affairs.internal.Codes.MeetingAction;
import org.grassroots.affairs.internal.Codes.MeetingStatus;
import org.grassroots.affairs.internal.Codes.MeetingType;
import org.grassroots.affairs.internal.Codes.Period;
import org.grassroots.affairs.internal.Codes.Rating;
import org.grassroots.core.api.PartyOrgType;

/** The records the module's REST API and shell exchange. */
public final class Views {
    private Views() {
    }

    /**
     * A meeting of an organization. {@code counted}: it counts towards compliance (held, and for a 支部党员大会 with
     * more than half of the full members present); {@code entitled}/{@code present}: the members entitled to attend
     * (full members for a 支部党员大会) and those present.
     */
    public record Meeting(long id, long organizationId, String organizationName, MeetingType type, MeetingStatus status,
                          String title, String topics, LocalDate plannedOn, String place, LocalDate heldOn,
                          Long chairMemberId, Long recorderMemberId, Long lecturerMemberId, boolean bySecretary,
                          int entitled, int present, boolean counted, String summary, String reviewNote, int returnCount,
                          List<AttendanceLine> attendance, List<MeetingAction> allowedActions, String plannedBy,
                          Instant plannedAt, String heldBy, Instant heldAt, String submittedBy, Instant submittedAt,
                          String reviewedBy, Instant reviewedAt, String archivedBy, Instant archivedAt, String cancelReason,
                          Long guideId, long version) {
    }

    /** One member's attendance: present, or absent with the reason given. */
    public record AttendanceLine(long memberId, String memberName, boolean present, String reason) {
    }

    /** A meeting to plan. */
    public record MeetingDraft(Long organizationId, MeetingType type, String title, String topics, LocalDate plannedOn,
                               String place, Long guideId) {
    }

    /** Absent member with the reason. */
    public record Absence(Long memberId, String reason) {
    }

    /**
     * The body of a workflow step; each step reads what it needs: {@code hold} the date, place, chair, recorder,
     * lecturer (党课), present members and absences; {@code submit} the minutes' summary (or files attached before);
     * {@code return} and {@code cancel} a reason.
     */
    public record MeetingStep(LocalDate heldOn, String place, Long chairMemberId, Long recorderMemberId,
                              Long lecturerMemberId, List<Long> presentMemberIds, List<Absence> absences, String summary,
                              String reason) {
        static MeetingStep empty() {
            return new MeetingStep(null, null, null, null, null, null, null, null, null);
        }
    }

    /** Search criteria of the meeting list. */
    public record MeetingQuery(Long unit, Integer year, MeetingType type, MeetingStatus status) {
    }

    /** A unit's setting for one meeting type (inherited by its subtree); {@code period} NONE switches a type off. */
    public record RuleSetting(long unitId, String unitName, MeetingType type, Period period, String setBy, Instant setAt,
                              long version) {
    }

    /** The periods in force for a unit's organizations, and where each comes from. */
    public record EffectiveRule(MeetingType type, Period period, Period platformDefault, Long setByUnitId, String setByUnitName) {
    }

    public record RuleDraft(Long unitId, MeetingType type, Period period) {
    }

    public record Exemption(long id, long organizationId, String organizationName, MeetingType type, int year,
                            String reason, String grantedBy, Instant grantedAt) {
    }

    public record ExemptionDraft(Long organizationId, MeetingType type, Integer year, String reason) {
    }

    /** Compliance of a subtree in a window (a year, a quarter or a month). */
    public record ComplianceReport(long unitId, String unitName, int year, Integer quarter, Integer month, LocalDate asOf,
                                   int organizations, int compliant, List<TypeCompliance> byType,
                                   List<OrganizationGaps> behind, int behindTotal) {
    }

    /** For one meeting type: organizations it applies to in the window, and how many held every due meeting. */
    public record TypeCompliance(MeetingType type, int organizations, int compliant, double percent, int pending) {
    }

    /** An organization behind, with what it misses per type. */
    public record OrganizationGaps(long organizationId, String code, String name, PartyOrgType partyOrgType,
                                   Long secretaryId, List<Gap> gaps) {
    }

    public record Gap(MeetingType type, Period period, List<String> missing) {
    }

    /** A democratic evaluation campaign (民主评议党员) of one organization for one year. */
    public record Campaign(long id, long organizationId, String organizationName, int year, CampaignStatus status,
                           int members, int rated, int excused, int unrated, Map<Rating, Integer> byRating,
                           String openedBy, Instant openedAt, String closedBy, Instant closedAt, long version) {
    }

    /** One member's line in a campaign: rated once, or excused (joined or left during the year) with the reason. */
    public record RatingLine(long id, long memberId, String memberName, Rating rating, String note, String followUp,
                             String excused, String ratedBy, Instant ratedAt, long version) {
    }

    /** A rating to enter; {@code excused} instead of a rating for a member who joined or left during the year. */
    public record RatingDraft(Long memberId, Rating rating, String note, String followUp, String excused) {
    }

    public record CampaignDraft(Long organizationId, Integer year) {
    }

    /** The module's figures of a subtree for a year (the dashboard panel). */
    public record Dashboard(long unitId, String unitName, int year, int organizations, int lifeMeetingHeld,
                            Map<MeetingType, Integer> meetingsHeld, Map<MeetingType, Double> compliancePercent,
                            int membersEvaluated, Map<Rating, Integer> ratings, int campaigns, int campaignsClosed) {
    }

    /** What a reminder run did. */
    public record ReminderRun(LocalDate asOf, int organizationsChecked, int reminded, int alreadyReminded) {
    }

    /** A 党建指导员 or 党建专员 assigned to a Party organization. */
    public record Assignment(long id, long memberId, String memberName, Codes.WorkerRole role, long organizationId,
                             String organizationName, String assignedBy, Instant assignedAt) {
    }

    public record AssignmentDraft(Long memberId, Codes.WorkerRole role, Long organizationId) {
    }

    /** Coverage of a subtree: Party organizations with an instructor or a specialist, those without, load per person. */
    public record Coverage(long unitId, String unitName, int organizations, int covered, double percent,
                           Map<Codes.WorkerRole, Integer> coveredBy, List<Uncovered> uncovered, int uncoveredTotal,
                           List<Load> load) {
    }

    public record Uncovered(long organizationId, String code, String name) {
    }

    public record Load(long memberId, String memberName, Codes.WorkerRole role, int organizations) {
    }

    /** The month's topic for 主题党日 or 党课 a unit pushes down to the organizations below it. */
    public record Guide(long id, long unitId, String unitName, String month, MeetingType type, String title,
                        String description, String issuedBy, Instant issuedAt) {
    }

    /** {@code month} as {@code 2024-05}; {@code type} THEME_DAY or LECTURE. */
    public record GuideDraft(Long unitId, String month, MeetingType type, String title, String description) {
    }
}
