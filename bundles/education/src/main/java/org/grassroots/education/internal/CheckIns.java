package org.grassroots.education.internal;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Members checking themselves in from their phone with the session's code: accepted from {@value #EARLY_MINUTES}
 * minutes before the start until the end of a planned session whose target organizations include the member's
 * unit; refused before and afterwards, so a code cannot be reused once the session is over. Checking in twice is
 * the same check-in. The organizer's attendance starts from the check-ins.
 */
@Component(service = CheckIns.class)
public class CheckIns {
    static final int EARLY_MINUTES = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final MemberService members;

    @Activate
    public CheckIns(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                    @Reference(target = EducationModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                    @Reference MemberService members) {
        this.jpa = jpa;
        this.scope = scopes.of(EducationModule.ID);
        this.members = members;
    }

    /** Six digits, easy to read out in a meeting room. */
    static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** Whether a code given at {@code now} opens a session from {@code start} to {@code end}. */
    static boolean open(LocalDateTime start, LocalDateTime end, LocalDateTime now) {
        return !now.isBefore(start.minusMinutes(EARLY_MINUTES)) && !now.isAfter(end);
    }

    public CheckIn checkIn(String code) {
        Long memberId = scope.caller().memberId();
        MemberReference member = memberId == null ? null : members.reference(memberId).orElse(null);
        if (member == null) {
            throw EducationMessages.TEXT.conflict("checkin.noMember");
        }
        if (code == null || !code.trim().matches("\\d{6}")) {
            throw EducationMessages.TEXT.invalid("code", "checkin.code");
        }
        LocalDateTime now = LocalDateTime.now(Sessions.LOCAL);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<SessionEntity> open = em.createQuery("SELECT s FROM EduSession s WHERE s.checkInCode = :code"
                            + " AND s.status = :planned", SessionEntity.class)
                    .setParameter("code", code.trim()).setParameter("planned", SessionStatus.PLANNED).getResultList()
                    .stream().filter(s -> open(s.startsAt, s.endsAt, now)).toList();
            if (open.isEmpty()) {
                throw EducationMessages.TEXT.conflict("checkin.notOpen", EARLY_MINUTES);
            }
            SessionEntity session = open.stream().filter(s -> forMember(em, s.id, member.path())).findFirst()
                    .orElseThrow(() -> EducationMessages.TEXT.conflict("checkin.notOnRoster"));
            scope.requireEnabled(session.unitId);
            CheckInEntity c = em.createQuery("SELECT c FROM EduCheckIn c WHERE c.sessionId = :s AND c.memberId = :m",
                    CheckInEntity.class).setParameter("s", session.id).setParameter("m", member.id()).getResultList()
                    .stream().findFirst().orElse(null);
            if (c == null) {
                c = new CheckInEntity();
                c.sessionId = session.id;
                c.memberId = member.id();
                c.checkedAt = UtcTimes.now();
                em.persist(c);
            }
            return new CheckIn(session.id, session.title, session.startsAt, UtcTimes.instant(c.checkedAt));
        });
    }

    /** Whether one of the session's target organizations holds the member's unit. */
    private static boolean forMember(javax.persistence.EntityManager em, long sessionId, String memberPath) {
        return em.createQuery("SELECT t.orgPath FROM EduTarget t WHERE t.sessionId = :id", String.class)
                .setParameter("id", sessionId).getResultList().stream().anyMatch(memberPath::startsWith);
    }
}
