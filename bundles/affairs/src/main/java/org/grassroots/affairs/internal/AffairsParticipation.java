package org.grassroots.affairs.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.participation.ParticipationKind;
import org.grassroots.core.api.participation.ParticipationSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Organizational life for the six-month rule: the last meeting held in the subtree that each member attended or missed
 * with a proper reason (an absence without one does not count, 无正当理由连续六个月不参加组织生活).
 */
@Component(service = ParticipationSource.class)
public class AffairsParticipation implements ParticipationSource {
    private final JpaTemplate jpa;

    @Activate
    public AffairsParticipation(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                                @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public String module() {
        return AffairsModule.ID;
    }

    @Override
    public ParticipationKind kind() {
        return ParticipationKind.ORGANIZATIONAL_LIFE;
    }

    @Override
    public Map<Long, LocalDate> lastDates(String subtreePath) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, LocalDate> last = new HashMap<>();
            em.createQuery("SELECT a.memberId, MAX(m.heldOn) FROM AttendanceEntity a, MeetingEntity m WHERE a.meetingId = m.id "
                            + "AND (a.present = 1 OR a.excused = 1) AND m.heldOn IS NOT NULL AND m.orgPath LIKE :p GROUP BY a.memberId", Object[].class)
                    .setParameter("p", subtreePath + "%").getResultList()
                    .forEach(row -> last.put(((Number) row[0]).longValue(), (LocalDate) row[1]));
            return last;
        });
    }
}
