package org.grassroots.dues.internal;

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

/** Dues for the six-month rule: the last day of the latest month each member paid or was exempted (免交) for. */
@Component(service = ParticipationSource.class)
public class DuesParticipation implements ParticipationSource {
    private final JpaTemplate jpa;

    @Activate
    public DuesParticipation(@Reference(target = DuesModule.UNIT) JpaTemplate jpa,
                             @Reference(target = DuesModule.SCHEMA) ModuleSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public String module() {
        return DuesModule.ID;
    }

    @Override
    public ParticipationKind kind() {
        return ParticipationKind.DUES;
    }

    @Override
    public Map<Long, LocalDate> lastDates(String subtreePath) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, LocalDate> last = new HashMap<>();
            em.createQuery("SELECT d.memberId, MAX(d.period) FROM DueEntity d WHERE d.orgPath LIKE :p "
                            + "AND d.status <> :unpaid GROUP BY d.memberId", Object[].class)
                    .setParameter("p", subtreePath + "%").setParameter("unpaid", DueStatus.UNPAID).getResultList()
                    .forEach(row -> last.put(((Number) row[0]).longValue(),
                            Periods.month(((Number) row[1]).intValue()).atEndOfMonth()));
            return last;
        });
    }
}
