package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.education.internal.Codes.AttendanceStatus;
import org.grassroots.education.internal.Codes.CreditSource;
import org.grassroots.education.internal.Codes.CreditStatus;
import org.grassroots.education.internal.Codes.RouteStatus;
import org.grassroots.education.internal.Codes.SessionAction;
import org.grassroots.education.internal.Codes.SessionStatus;
import org.grassroots.education.internal.Codes.SiteAction;
import org.grassroots.education.internal.Codes.SiteStatus;

/** What the REST API and the shell read and send. Times are UTC instants except a session's local start and end. */
public final class Views {
    private Views() {
    }

    public record Category(String code, LocalizedText name, int position, long version) {
    }

    public record CategoryDraft(String code, String zhCN, String en, Integer position) {
    }

    /** A practice teaching site (实践教学点); {@code routes} are the published routes it is a stop of. */
    public record Site(long id, long unitId, String unitName, String name, String category, String address,
                       Double longitude, Double latitude, int capacity, String openingHours, String contactName,
                       String contactPhone, String description, SiteStatus status, String rejectReason,
                       Instant proposedAt, String proposedBy, Instant reviewedAt, String reviewedBy,
                       List<String> routes, List<SiteAction> allowedActions, long version) {
    }

    public record SiteDraft(Long unitId, String name, String category, String address, Double longitude,
                            Double latitude, Integer capacity, String openingHours, String contactName,
                            String contactPhone, String description) {
    }

    /** A review step: {@code reason} is required to reject; {@code note} is kept with any step. */
    public record ReviewStep(String reason, String note) {
        static ReviewStep empty() {
            return new ReviewStep(null, null);
        }
    }

    public record SiteHistory(SiteAction action, SiteStatus from, SiteStatus to, String actor, Instant at, String note) {
    }

    public record Stop(int position, long siteId, String siteName, String category, String address, String unitName,
                       SiteStatus status) {
    }

    /** A boutique route (精品路线): an ordered list of approved sites. */
    public record Route(long id, long unitId, String unitName, String name, String theme, int durationMinutes,
                        String schedule, RouteStatus status, Instant publishedAt, String publishedBy, List<Stop> stops,
                        Instant createdAt, String createdBy, long version) {
    }

    public record RouteDraft(Long unitId, String name, String theme, Integer durationMinutes, String schedule) {
    }

    /** The route's stops in order (replaces the old order). */
    public record StopsDraft(List<Long> siteIds) {
    }

    /** A program of the "新+" series that groups sessions. */
    public record Program(long id, long unitId, String unitName, String name, String description, int year,
                          long sessions, Instant createdAt, String createdBy, long version) {
    }

    public record ProgramDraft(Long unitId, String name, String description, Integer year) {
    }

    /** A training session (集中培训); {@code attendanceRate} in percent of the roster, null until held. */
    public record Session(long id, Long programId, String programName, long unitId, String unitName, String title,
                          LocalDateTime startsAt, LocalDateTime endsAt, Long siteId, String siteName, Long routeId,
                          String routeName, int capacity, BigDecimal creditedHours, List<Long> targetUnitIds,
                          List<String> targetUnitNames, SessionStatus status, String cancelReason, int rosterSize,
                          int presentCount, Double attendanceRate, Instant createdAt, String createdBy, Instant heldAt,
                          String heldBy, Instant closedAt, String closedBy, List<SessionAction> allowedActions,
                          String checkInCode, long version) {
    }

    public record SessionDraft(Long programId, Long unitId, String title, LocalDateTime startsAt, LocalDateTime endsAt,
                               Long siteId, Long routeId, Integer capacity, BigDecimal creditedHours,
                               List<Long> targetUnitIds) {
    }

    /** Who of the roster attended: the members present and those excused; everyone else on the roster is absent. */
    public record AttendanceDraft(List<Long> present, List<Long> excused) {
    }

    public record CancelStep(String reason) {
    }

    /** One member of a session's roster (the members of its target organizations) and, once held, their attendance. */
    public record RosterEntry(long memberId, String memberName, long unitId, String unitName, AttendanceStatus status,
                              boolean checkedIn) {
    }

    /** The code a member types on their phone during the session. */
    public record CheckInDraft(String code) {
    }

    public record CheckIn(long sessionId, String title, LocalDateTime startsAt, Instant checkedAt) {
    }

    /** Filters of the session search; null fields do not filter. */
    public record SessionQuery(String path, Long programId, SessionStatus status, Integer year) {
    }

    public record Credit(long id, long memberId, String memberName, long unitId, String unitName, CreditSource source,
                         Long sessionId, String title, LocalDate studiedOn, BigDecimal hours, CreditStatus status,
                         String reason, Instant recordedAt, String recordedBy, Instant decidedAt, String decidedBy,
                         long version) {
    }

    /** Self-study a member reports (or the secretary records for them): what, when, how many hours. */
    public record SelfStudyDraft(Long memberId, String title, LocalDate studiedOn, BigDecimal hours) {
    }

    public record Decision(String reason) {
    }

    /**
     * The annual requirement that applies to a unit: its own setting ({@code own}) or the nearest one above it
     * ({@code fromUnitId}), or the platform default when no unit up the tree set one ({@code fromUnitId} null).
     */
    public record Requirement(long unitId, String unitName, BigDecimal hours, boolean own, Long fromUnitId,
                              String fromUnitName, Long version) {
    }

    public record RequirementDraft(BigDecimal hours) {
    }

    /** A member's study hours of a year against the requirement of their unit. */
    public record MemberHours(long memberId, String memberName, long unitId, String unitName, int year,
                              BigDecimal hours, BigDecimal sessionHours, BigDecimal selfStudyHours,
                              BigDecimal pendingHours, BigDecimal requirement, BigDecimal shortfall, boolean met,
                              List<Credit> credits) {
    }

    /** Compliance of one subtree: members, how many met the requirement, hours credited. */
    public record ComplianceRow(long unitId, String unitName, long members, long meeting, double percent,
                                BigDecimal hours) {
    }

    public record Compliance(long unitId, String unitName, int year, ComplianceRow total, List<ComplianceRow> children) {
    }

    /** A member below the requirement and by how much. */
    public record Behind(long memberId, String memberName, long unitId, String unitName, BigDecimal hours,
                         BigDecimal requirement, BigDecimal shortfall) {
    }

    /** The module's figures for a subtree and year (the dashboard and the module's panel). */
    public record Figures(long unitId, String unitName, int year, long sites, Map<String, Long> sitesByCategory,
                          long routesPublished, long sessionsHeld, Map<String, Long> sessionsByStatus,
                          double attendanceRate, BigDecimal hoursCredited, Map<String, BigDecimal> hoursBySource,
                          long members, long meeting, double compliancePercent) {
    }
}
