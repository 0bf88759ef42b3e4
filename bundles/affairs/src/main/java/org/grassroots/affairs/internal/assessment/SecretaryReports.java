package org.grassroots.affairs.internal.assessment;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.attachment.AttachmentStore;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.security.ForbiddenException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 述职评议 (双述双评): each listed secretary writes the year's report (述职报告, text and files in core's attachment
 * store), submits it; the evaluators' ratings (好/较好/一般/差, one each) are entered; the level above returns it with a
 * reason or decides the result. Submitting needs the text or at least one file. Steps the state does not allow answer 409 naming the allowed ones ({@link #RULES});
 * the level above's steps are refused (403) to an account of the organization itself.
 */
@Component(service = SecretaryReports.class)
public class SecretaryReports {
    static final String TYPE = "affairs.secretaryReport";
    static final int MAX_BODY = 8000;
    static final StepRules<ReportStatus, ReportAction> RULES = new StepRules<ReportStatus, ReportAction>(ReportAction.class)
            .rule(ReportAction.EDIT, null, ReportStatus.DRAFT, ReportStatus.RETURNED)
            .rule(ReportAction.SUBMIT, ReportStatus.SUBMITTED, ReportStatus.DRAFT, ReportStatus.RETURNED)
            .rule(ReportAction.RATE, ReportStatus.SUBMITTED, ReportStatus.SUBMITTED)
            .rule(ReportAction.RETURN, ReportStatus.RETURNED, ReportStatus.SUBMITTED)
            .rule(ReportAction.DECIDE, ReportStatus.DECIDED, ReportStatus.SUBMITTED);

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;
    private final AssessmentNotices notices;
    private final AttachmentStore files;

    @Activate
    public SecretaryReports(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                            @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                            @Reference AuditLog audit, @Reference MemberService members, @Reference AssessmentNotices notices,
                            @Reference AttachmentStore files) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.audit = audit;
        this.members = members;
        this.notices = notices;
        this.files = files;
    }

    static ReportEntity listed(RoundEntity round, Organization org) {
        ReportEntity r = new ReportEntity();
        r.roundId = round.id;
        r.organizationId = org.id();
        r.orgPath = org.path();
        r.year = round.year;
        r.secretaryId = org.secretaryId();
        r.status = ReportStatus.DRAFT;
        return r;
    }

    /** Takes a step on the report if its state allows it and {@code version} is current. */
    public Report step(long id, long version, ReportAction action, ReportStep given) {
        ReportStep step = given == null ? new ReportStep(null, null, null) : given;
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ReportEntity r = visible(em, id);
            scope.requireEnabled(r.organizationId);
            ReportStatus before = r.status;
            ReportStatus to = RULES.next(TYPE, id, before, action);
            if (r.version != version) {
                throw ConflictException.stale(TYPE, id, version, r.version);
            }
            ValidationException.Builder errors = ValidationException.builder();
            LocalDateTime now = UtcTimes.now();
            switch (action) {
                case EDIT -> r.body = errors.note("body", step.body(), MAX_BODY, true);
                case SUBMIT -> {
                    String body = errors.note("body", step.body(), MAX_BODY, false);
                    r.body = body == null ? r.body : body;
                    if (r.body == null && errors.isEmpty() && files.list(AffairsModule.ID, ReportFiles.OWNER_TYPE, id).isEmpty()) {
                        errors.add("body", AssessmentText.TEXT.message("report.body.required"));
                    }
                    r.submittedBy = actor;
                    r.submittedAt = now;
                }
                case RETURN -> {
                    aboveOnly(r);
                    r.returnNote = errors.note("reason", step.reason(), 1000, true);
                }
                case DECIDE -> {
                    aboveOnly(r);
                    errors.required("result", step.result());
                    r.decisionNote = errors.note("reason", step.reason(), 1000, false);
                    if (errors.isEmpty() && ratings(em, id).isEmpty()) {
                        throw AssessmentText.TEXT.conflict("report.unrated", id);
                    }
                    r.result = step.result();
                    r.decidedBy = actor;
                    r.decidedAt = now;
                }
                case RATE -> throw new IllegalArgumentException("ratings are entered with rate()");
            }
            errors.throwIfAny();
            r.status = to;
            em.flush();
            audit.record(action.name(), TYPE, id, scope.name(r.organizationId) + " " + r.year,
                    List.of(new FieldChange("status", before.name(), to.name())));
            notices.report(r, em.find(RoundEntity.class, r.roundId).unitId, action);
            return toRecord(em, r, ratings(em, id));
        });
    }

    /** An evaluator's rating: a member of the round's subtree other than the secretary, once per report. */
    public Report rate(long id, RatingEntry entry) {
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ReportEntity r = visible(em, id);
            scope.requireEnabled(r.organizationId);
            RULES.next(TYPE, id, r.status, ReportAction.RATE);
            aboveOnly(r);
            RoundEntity round = em.find(RoundEntity.class, r.roundId);
            ValidationException.Builder errors = ValidationException.builder();
            RatingEntry e = entry == null ? new RatingEntry(null, null, null) : entry;
            MemberReference evaluator = e.evaluatorId() == null ? null : members.reference(e.evaluatorId()).orElse(null);
            if (evaluator == null || !evaluator.path().startsWith(round.orgPath)) {
                errors.add("evaluatorId", AssessmentText.TEXT.message("report.evaluator.notIn", e.evaluatorId(), scope.name(round.unitId)));
            } else if (r.secretaryId != null && evaluator.id() == r.secretaryId) {
                errors.add("evaluatorId", AssessmentText.TEXT.message("report.evaluator.self"));
            }
            errors.required("grade", e.grade());
            String comment = errors.note("comment", e.comment(), 500, false);
            errors.throwIfAny();
            if (ratings(em, id).stream().anyMatch(x -> x.evaluatorId == evaluator.id())) {
                throw AssessmentText.TEXT.conflict("report.evaluator.twice", evaluator.name());
            }
            ReportRatingEntity rating = new ReportRatingEntity();
            rating.reportId = id;
            rating.evaluatorId = evaluator.id();
            rating.grade = e.grade();
            rating.comment = comment;
            rating.ratedBy = actor;
            rating.ratedAt = UtcTimes.now();
            em.persist(rating);
            em.flush();
            audit.record("RATE", TYPE, id, evaluator.name() + ": " + e.grade().name(), List.of());
            return toRecord(em, r, ratings(em, id));
        });
    }

    public Report get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ReportEntity r = visible(em, id);
            return toRecord(em, r, ratings(em, id));
        });
    }

    public Page<Report> search(Long unitId, Integer year, Long roundId, ReportStatus status, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE r.orgPath LIKE :path" + (year == null ? "" : " AND r.year = :year")
                + (roundId == null ? "" : " AND r.roundId = :round") + (status == null ? "" : " AND r.status = :status");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var select = em.createQuery("SELECT r FROM SecretaryReportEntity r" + where + " ORDER BY r.year DESC, r.orgPath", ReportEntity.class);
            var count = em.createQuery("SELECT COUNT(r) FROM SecretaryReportEntity r" + where, Long.class);
            for (var q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (year != null) {
                    q.setParameter("year", year);
                }
                if (roundId != null) {
                    q.setParameter("round", roundId);
                }
                if (status != null) {
                    q.setParameter("status", status);
                }
            }
            List<ReportEntity> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            Map<Long, List<ReportRatingEntity>> byReport = new HashMap<>();
            if (!rows.isEmpty()) {
                em.createQuery("SELECT x FROM ReportRatingEntity x WHERE x.reportId IN :ids ORDER BY x.id", ReportRatingEntity.class)
                        .setParameter("ids", rows.stream().map(r -> r.id).toList()).getResultList()
                        .forEach(x -> byReport.computeIfAbsent(x.reportId, k -> new java.util.ArrayList<>()).add(x));
            }
            List<Report> items = rows.stream().map(r -> toRecord(em, r, byReport.getOrDefault(r.id, List.of()))).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** The grade the evaluators' ratings suggest: their mean (好 4 … 差 1), rounded half up; null without ratings. */
    static ReportGrade suggested(List<ReportGrade> grades) {
        if (grades.isEmpty()) {
            return null;
        }
        double mean = grades.stream().mapToInt(g -> 4 - g.ordinal()).average().orElse(0);
        int points = (int) Math.floor(mean + 0.5);
        return ReportGrade.values()[4 - points];
    }

    /** The level above's steps: refused to an account whose scope is the report's own organization. */
    private void aboveOnly(ReportEntity r) {
        Long own = scope.scopeUnit();
        if (own != null && own == r.organizationId) {
            throw new ForbiddenException(AssessmentText.TEXT.message("step.aboveOnly", scope.name(r.organizationId)));
        }
    }

    private static List<ReportRatingEntity> ratings(EntityManager em, long reportId) {
        return em.createQuery("SELECT x FROM ReportRatingEntity x WHERE x.reportId = :r ORDER BY x.id", ReportRatingEntity.class)
                .setParameter("r", reportId).getResultList();
    }

    ReportEntity visible(EntityManager em, long id) {
        ReportEntity r = em.find(ReportEntity.class, id);
        if (r == null) {
            throw AssessmentText.TEXT.notFound(TYPE, id);
        }
        AssessmentText.TEXT.requireVisible(scope, r.orgPath, TYPE, id);
        return r;
    }

    private String name(Long memberId) {
        return memberId == null ? null : members.reference(memberId).map(MemberReference::name).orElse(null);
    }

    private Report toRecord(EntityManager em, ReportEntity r, List<ReportRatingEntity> rows) {
        List<ReportRating> ratings = rows.stream().map(x -> new ReportRating(x.id, x.evaluatorId, name(x.evaluatorId), x.grade,
                x.comment, x.ratedBy, UtcTimes.instant(x.ratedAt))).toList();
        List<ReportAction> allowed = RULES.allowed(r.status);
        return new Report(r.id, r.roundId, r.organizationId, scope.name(r.organizationId), r.year, r.secretaryId,
                name(r.secretaryId), r.body, r.status, ratings, suggested(rows.stream().map(x -> x.grade).toList()), r.result,
                r.decisionNote, r.returnNote, r.submittedBy, UtcTimes.instant(r.submittedAt), r.decidedBy,
                UtcTimes.instant(r.decidedAt), allowed, r.version);
    }
}
