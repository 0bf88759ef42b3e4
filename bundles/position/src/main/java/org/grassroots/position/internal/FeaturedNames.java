package org.grassroots.position.internal;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.module.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The featured positions of a subtree by name, in the order they were recorded (the work record's highlights). */
@Component(service = FeaturedNames.class)
public class FeaturedNames {
    private final JpaTemplate jpa;
    private final OrganizationService organizations;

    @Activate
    public FeaturedNames(@Reference(target = PositionModule.UNIT) JpaTemplate jpa, @Reference(target = PositionModule.SCHEMA) ModuleSchema schema,
                         @Reference OrganizationService organizations) {
        this.jpa = jpa;
        this.organizations = organizations;
    }

    public List<String> names(long subtreeOf) {
        String path = organizations.get(subtreeOf).path() + "%";
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT p.name FROM PositionEntity p WHERE p.orgPath LIKE :p "
                + "AND p.featured = 1 ORDER BY p.id", String.class).setParameter("p", path).setMaxResults(50).getResultList());
    }
}
