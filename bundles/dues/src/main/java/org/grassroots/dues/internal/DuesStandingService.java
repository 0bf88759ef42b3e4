package org.grassroots.dues.internal;

import java.time.YearMonth;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.dues.DuesStanding;
import org.grassroots.core.api.module.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** How far a member's dues are paid, for other modules (membership's transfer letter): the statement's 党费缴至. */
@Component(service = DuesStanding.class)
public class DuesStandingService implements DuesStanding {
    private final JpaTemplate jpa;

    @Activate
    public DuesStandingService(@Reference(target = DuesModule.UNIT) JpaTemplate jpa,
                               @Reference(target = DuesModule.SCHEMA) ModuleSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public String module() {
        return DuesModule.ID;
    }

    @Override
    public Optional<YearMonth> paidUpTo(long memberId) {
        Integer period = jpa.txExpr(TransactionType.Supports, em -> Arrears.paidUpTo(em, memberId));
        return Optional.ofNullable(period).map(Periods::month);
    }
}
