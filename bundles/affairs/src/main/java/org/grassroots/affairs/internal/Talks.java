package org.grassroots.affairs.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 谈心谈话: the talks the secretary (or a committee member) holds with every member of the organization at least once
 * a year. Recorded with the day and topic; listed for a subtree and year; the coverage says which members of a
 * subtree had no talk in the year.
 */
@Component(service = Talks.class)
public class Talks {
    static final String TYPE = "affairs.talk";
    static final int MAX_TOPIC = 200;
    static final int MAX_NOTES = 2000;
    static final int MAX_LISTED = 200;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;
    private final FigureCache cache;

    @Activate
    public Talks(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                 @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                 @Reference AuditLog audit, @Reference MemberService members,
                 @Reference FigureCache cache) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.audit = audit;
        this.members = members;
        this.cache = cache;
    }

    public Talk record(TalkDraft draft) {
        if (draft == null) {
            throw AffairsText.TEXT.invalid("body", "body.required", "{organizationId, memberId, talkerId, heldOn, topic}");
        }
        Organization org = scope.enabledUnit(draft.organizationId(), "organizationId");
        FieldErrors errors = AffairsText.errors();
        MemberReference member = memberIn(draft.memberId(), org, "memberId", errors);
        MemberReference talker = memberIn(draft.talkerId(), org, "talkerId", errors);
        check(draft, LocalDate.now(), errors);
        errors.throwIfAny();
        String actor = scope.actor();
        return cache.after(jpa.txExpr(TransactionType.Required, em -> {
            TalkEntity t = new TalkEntity();
            t.organizationId = org.id();
            t.orgPath = org.path();
            t.memberId = member.id();
            t.talkerId = talker.id();
            t.heldOn = draft.heldOn();
            t.year = draft.heldOn().getYear();
            t.topic = draft.topic().strip();
            t.notes = Meetings.trim(draft.notes());
            t.recordedBy = actor;
            t.recordedAt = UtcTimes.now();
            em.persist(t);
            em.flush();
            audit.record("TALK", TYPE, t.id, org.name() + ": " + talker.name() + " → " + member.name() + " " + t.heldOn, List.of());
            return toRecord(t, member.name(), talker.name());
        }));
    }

    /** The checks of a draft that need nothing stored (day, topic, notes). */
    static void check(TalkDraft draft, LocalDate today, FieldErrors errors) {
        if (draft.heldOn() == null || draft.heldOn().isAfter(today) || draft.heldOn().getYear() < 2000) {
            errors.add("heldOn", "talk.heldOn");
        }
        if (draft.topic() == null || draft.topic().isBlank() || draft.topic().length() > MAX_TOPIC) {
            errors.add("topic", "text.required", MAX_TOPIC);
        }
        if (draft.notes() != null && draft.notes().length() > MAX_NOTES) {
            errors.add("notes", "text.max", MAX_NOTES);
        }
    }

    private MemberReference memberIn(Long id, Organization org, String field, FieldErrors errors) {
        if (id == null) {
            errors.add(field, "member.required");
            return null;
        }
        MemberReference m = members.reference(id).orElse(null);
        if (m == null || m.path() == null || !m.path().startsWith(org.path())) {
            errors.add(field, "member.notIn", id, org.name());
            return null;
        }
        return m;
    }

    /** The talks of a subtree in a year, newest first. */
    public List<Talk> list(Long unitId, int year) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT t FROM TalkEntity t WHERE t.orgPath LIKE :path "
                        + "AND t.year = :y ORDER BY t.heldOn DESC, t.id DESC", TalkEntity.class)
                .setParameter("path", unit.path() + "%").setParameter("y", year).setMaxResults(PageRequest.MAX_SIZE)
                .getResultList().stream().map(t -> toRecord(t, name(t.memberId), name(t.talkerId))).toList());
    }

    /** The members of a subtree with and without a talk in the year. */
    public TalkCoverage coverage(Long unitId, int year) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        List<Long> talked = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT t.memberId FROM TalkEntity t "
                        + "WHERE t.orgPath LIKE :path AND t.year = :y", Long.class)
                .setParameter("path", unit.path() + "%").setParameter("y", year).getResultList());
        Set<Long> talkedTo = new HashSet<>(talked);
        int[] totalCovered = new int[2];
        List<NotTalkedTo> notYet = new ArrayList<>();
        members.forEach(MemberQuery.inSubtree(unit.id()), m -> {
            totalCovered[0]++;
            if (talkedTo.contains(m.id())) {
                totalCovered[1]++;
            } else if (notYet.size() < MAX_LISTED) {
                notYet.add(new NotTalkedTo(m.id(), m.name(), m.organizationId()));
            }
        });
        int total = totalCovered[0];
        int covered = totalCovered[1];
        return new TalkCoverage(unit.id(), unit.name(), year, total, covered, percent(covered, total), talked.size(), notYet,
                total - covered);
    }

    /**
     * The subtree's members and how many had a talk in the year, by one count in core and one grouped count of the
     * talks recorded in the subtree (for the compliance report and the dashboard; no member is read).
     */
    TalkFigures figures(Organization unit, int year) {
        long talked = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(DISTINCT t.memberId) FROM TalkEntity t "
                        + "WHERE t.orgPath LIKE :path AND t.year = :y", Long.class)
                .setParameter("path", unit.path() + "%").setParameter("y", year).getSingleResult());
        return TalkFigures.of(members.count(MemberQuery.inSubtree(unit.id())), talked);
    }

    static double percent(int part, int whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    private String name(long memberId) {
        return members.reference(memberId).map(MemberReference::name).orElse(null);
    }

    private Talk toRecord(TalkEntity t, String memberName, String talkerName) {
        return new Talk(t.id, t.organizationId, scope.name(t.organizationId), t.memberId, memberName, t.talkerId, talkerName,
                t.heldOn, t.topic, t.notes, t.recordedBy, UtcTimes.instant(t.recordedAt), t.version);
    }
}
