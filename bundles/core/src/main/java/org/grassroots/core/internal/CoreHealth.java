package org.grassroots.core.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.HealthIndicator;
import org.grassroots.core.internal.schema.CoreSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Healthy when the core schema is migrated and the database answers a query. */
@Component
public class CoreHealth implements HealthIndicator {
    private final JpaTemplate jpa;

    @Activate
    public CoreHealth(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                      @Reference CoreSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public String problem() {
        try {
            jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT o.id FROM OrganizationEntity o")
                    .setMaxResults(1).getResultList());
            return null;
        } catch (RuntimeException e) {
            return "database does not answer: " + e.getMessage();
        }
    }
}
