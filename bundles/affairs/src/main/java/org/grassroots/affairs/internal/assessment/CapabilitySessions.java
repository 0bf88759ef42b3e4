package org.grassroots.affairs.internal.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * "上讲台、亮功夫": party-affairs workers present a topic on a day (a session of an organization); several judges
 * score each presentation from 0 to 100, each once, all scores of a request or none; a period's ranking orders
 * the scored sessions of a subtree by their mean score, equal means sharing a rank (1, 1, 3).
 */
@Component(service = CapabilitySessions.class)
public class CapabilitySessions {
    static final String TYPE = "affairs.session";
    static final int MAX_SCORES = 50;
    static final int MAX_RANKED = 500;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;

    @Activate
    public CapabilitySessions(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                              @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                              @Reference AuditLog audit, @Reference MemberService members) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.audit = audit;
        this.members = members;
    }

    public Session record(SessionDraft draft) {
        if (draft == null) {
            throw AssessmentText.TEXT.invalid("body", "body.required", "{organizationId, presenterId, topic, heldOn}");
        }
        Organization org = scope.enabledUnit(draft.organizationId(), "organizationId");
        ValidationException.Builder errors = ValidationException.builder();
        MemberReference presenter = draft.presenterId() == null ? null : members.reference(draft.presenterId()).orElse(null);
        if (presenter == null || !presenter.path().startsWith(org.path())) {
            errors.add("presenterId", AssessmentText.TEXT.message("member.notIn", draft.presenterId(), org.name()));
        }
        String topic = errors.line("topic", draft.topic(), 200, true);
        LocalDate heldOn = errors.date("heldOn", draft.heldOn(), LocalDate.of(2000, 1, 1), LocalDate.now(), true);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity s = new SessionEntity();
            s.organizationId = org.id();
            s.orgPath = org.path();
            s.presenterId = presenter.id();
            s.topic = topic;
            s.heldOn = heldOn;
            s.year = heldOn.getYear();
            s.quarter = (heldOn.getMonthValue() - 1) / 3 + 1;
            s.recordedBy = actor;
            s.recordedAt = UtcTimes.now();
            em.persist(s);
            em.flush();
            audit.record("RECORD", TYPE, s.id, org.name() + ": " + presenter.name() + " " + heldOn + " " + topic, List.of());
            return toRecord(em, s);
        });
    }

    /**
     * Judges' scores, all or none: each a member in the caller's scope other than the presenter, not scored before,
     * named once, with a whole score from 0 to 100; refusals name the line ({@code [1].score}).
     */
    public Session score(long id, List<ScoreDraft> drafts) {
        if (drafts == null || drafts.isEmpty() || drafts.size() > MAX_SCORES) {
            throw AssessmentText.TEXT.invalid("scores", "session.scores", MAX_SCORES);
        }
        String actor = scope.actor();
        String scopePath = scope.scopePath();
        return jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity s = visible(em, id);
            scope.requireEnabled(s.organizationId);
            Set<Long> scored = new HashSet<>(em.createQuery("SELECT x.judgeId FROM SessionScoreEntity x WHERE x.sessionId = :s", Long.class)
                    .setParameter("s", id).getResultList());
            ValidationException.Builder errors = ValidationException.builder();
            List<SessionScoreEntity> rows = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                ScoreDraft d = drafts.get(i);
                String at = drafts.size() == 1 ? "" : "[" + i + "].";
                if (d == null) {
                    errors.add("[" + i + "]", AssessmentText.TEXT.message("session.score.missing"));
                    continue;
                }
                MemberReference judge = d.judgeId() == null ? null : members.reference(d.judgeId()).orElse(null);
                if (judge == null || (scopePath != null && !judge.path().startsWith(scopePath))) {
                    errors.add(at + "judgeId", AssessmentText.TEXT.message("session.judge.unknown", d.judgeId()));
                } else if (judge.id() == s.presenterId) {
                    errors.add(at + "judgeId", AssessmentText.TEXT.message("session.judge.presenter"));
                } else if (!scored.add(judge.id())) {
                    errors.add(at + "judgeId", AssessmentText.TEXT.message("session.judge.twice", judge.name()));
                }
                Integer score = errors.whole(at + "score", d.score(), 0, 100, true);
                String comment = errors.note(at + "comment", d.comment(), 500, false);
                if (judge != null && score != null) {
                    SessionScoreEntity x = new SessionScoreEntity();
                    x.sessionId = id;
                    x.judgeId = judge.id();
                    x.score = score;
                    x.comment = comment;
                    x.scoredBy = actor;
                    x.scoredAt = UtcTimes.now();
                    rows.add(x);
                }
            }
            errors.throwIfAny();
            rows.forEach(em::persist);
            em.flush();
            audit.record("SCORE", TYPE, id, rows.size() + " scores", List.of());
            return toRecord(em, s);
        });
    }

    public Session get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id)));
    }

    public Page<Session> search(Long unitId, Integer year, Integer quarter, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE s.orgPath LIKE :path" + (year == null ? "" : " AND s.year = :year")
                + (quarter == null ? "" : " AND s.quarter = :quarter");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var select = em.createQuery("SELECT s FROM CapabilitySessionEntity s" + where + " ORDER BY s.heldOn DESC, s.id DESC", SessionEntity.class);
            var count = em.createQuery("SELECT COUNT(s) FROM CapabilitySessionEntity s" + where, Long.class);
            for (var q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (year != null) {
                    q.setParameter("year", year);
                }
                if (quarter != null) {
                    q.setParameter("quarter", quarter);
                }
            }
            List<Session> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(s -> toRecord(em, s)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** The scored sessions of a subtree in a year (or one quarter of it) by mean score, best first, one grouped query. */
    public List<RankedSession> ranking(Long unitId, int year, Integer quarter) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var q = em.createQuery("SELECT s.id, s.organizationId, s.presenterId, s.topic, s.heldOn, COUNT(x), SUM(x.score) "
                    + "FROM CapabilitySessionEntity s, SessionScoreEntity x WHERE x.sessionId = s.id AND s.orgPath LIKE :path "
                    + "AND s.year = :year" + (quarter == null ? "" : " AND s.quarter = :quarter")
                    + " GROUP BY s.id, s.organizationId, s.presenterId, s.topic, s.heldOn",
                    Object[].class).setParameter("path", unit.path() + "%").setParameter("year", year);
            if (quarter != null) {
                q.setParameter("quarter", quarter);
            }
            // the mean in Java: Derby averages an INTEGER column as an INTEGER (truncated); a year has hundreds of sessions
            List<Object[]> rows = new ArrayList<>(q.getResultList());
            rows.sort(java.util.Comparator.comparingDouble((Object[] r) -> -mean(r)).thenComparing(r -> (LocalDate) r[4])
                    .thenComparingLong(r -> ((Number) r[0]).longValue()));
            rows = rows.subList(0, Math.min(rows.size(), MAX_RANKED));
            List<RankedSession> ranked = new ArrayList<>();
            Map<Long, String> names = new HashMap<>();
            int[] ranks = ranks(rows.stream().mapToDouble(CapabilitySessions::mean).toArray());
            for (int i = 0; i < rows.size(); i++) {
                Object[] r = rows.get(i);
                long presenter = ((Number) r[2]).longValue();
                ranked.add(new RankedSession(ranks[i], ((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                        scope.name(((Number) r[1]).longValue()), presenter, names.computeIfAbsent(presenter, this::name),
                        (String) r[3], (LocalDate) r[4], ((Number) r[5]).intValue(), mean(r)));
            }
            return ranked;
        });
    }

    /** Competition ranks of means sorted best first: equal means share a rank, the next rank skips (1, 1, 3). */
    static int[] ranks(double[] sortedMeans) {
        int[] ranks = new int[sortedMeans.length];
        for (int i = 0; i < sortedMeans.length; i++) {
            ranks[i] = i > 0 && sortedMeans[i] == sortedMeans[i - 1] ? ranks[i - 1] : i + 1;
        }
        return ranks;
    }

    private static double mean(Object[] row) {
        return round(((Number) row[6]).doubleValue() / ((Number) row[5]).doubleValue());
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private SessionEntity visible(EntityManager em, long id) {
        SessionEntity s = em.find(SessionEntity.class, id);
        if (s == null) {
            throw AssessmentText.TEXT.notFound(TYPE, id);
        }
        AssessmentText.TEXT.requireVisible(scope, s.orgPath, TYPE, id);
        return s;
    }

    private String name(long memberId) {
        return members.reference(memberId).map(MemberReference::name).orElse(null);
    }

    private Session toRecord(EntityManager em, SessionEntity s) {
        List<SessionScore> scores = em.createQuery("SELECT x FROM SessionScoreEntity x WHERE x.sessionId = :s ORDER BY x.id",
                        SessionScoreEntity.class).setParameter("s", s.id).getResultList().stream()
                .map(x -> new SessionScore(x.id, x.judgeId, name(x.judgeId), x.score, x.comment)).toList();
        Double average = scores.isEmpty() ? null : round(scores.stream().mapToInt(SessionScore::score).average().orElse(0));
        return new Session(s.id, s.organizationId, scope.name(s.organizationId), s.presenterId, name(s.presenterId), s.topic,
                s.heldOn, s.year, s.quarter, scores, average, s.recordedBy, UtcTimes.instant(s.recordedAt), s.version);
    }
}
