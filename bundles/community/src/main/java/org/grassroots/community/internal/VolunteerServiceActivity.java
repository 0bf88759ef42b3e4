package org.grassroots.community.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.activity.ActivityKind;
import org.grassroots.core.api.activity.MemberActivitySource;
import org.grassroots.core.api.module.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Members' confirmed volunteer service hours (双报到, events signed in by code included), for the modules that credit
 * them (education's study points): by the member's own organization, as the registration recorded it.
 */
@Component(service = MemberActivitySource.class)
public class VolunteerServiceActivity implements MemberActivitySource {
    private final JpaTemplate jpa;

    @Activate
    public VolunteerServiceActivity(@Reference(target = CommunityModule.UNIT) JpaTemplate jpa,
                                    @Reference(target = CommunityModule.SCHEMA) ModuleSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public String module() {
        return CommunityModule.ID;
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.VOLUNTEER_SERVICE;
    }

    @Override
    public Map<Long, BigDecimal> hours(String subtreePath, int year) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, BigDecimal> hours = new HashMap<>();
            em.createQuery("SELECT h.memberId, SUM(h.hours) FROM HoursEntity h, RegistrantEntity o"
                            + " WHERE o.registrationId = h.registrationId AND o.orgPath LIKE :path AND h.status = :confirmed"
                            + " AND h.servedOn >= :from AND h.servedOn < :to GROUP BY h.memberId", Object[].class)
                    .setParameter("path", subtreePath + "%").setParameter("confirmed", HoursStatus.CONFIRMED)
                    .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                    .getResultList().forEach(row -> hours.put(((Number) row[0]).longValue(), (BigDecimal) row[1]));
            return hours;
        });
    }
}
