package org.grassroots.industrial.internal;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes requests written by version 1 of the module (no category, deadline, park or grid yet) once at start.
 * Their unit path is filled in by core before this runs (IND_SERVICE_REQUEST is a declared scoped table); a row
 * whose unit is gone gets a path that matches no scope.
 */
@Component(service = Version1Requests.class, immediate = true)
public class Version1Requests {
    private static final Logger LOG = LoggerFactory.getLogger(Version1Requests.class);

    @Activate
    public Version1Requests(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                            @Reference(target = IndustrialModule.SCHEMA) ModuleSchema schema,
                            @Reference OrganizationService organizations, @Reference ModuleScopes scopes,
                            @Reference Authorization authorization) {
        ModuleScope scope = scopes.of(IndustrialModule.ID);
        int completed = authorization.runAs(Caller.system(IndustrialModule.ID),
                () -> complete(jpa, organizations, scope));
        if (completed > 0) {
            LOG.info("Industrial: {} request(s) of module version 1 given their category, deadline, park and grid",
                    completed);
        }
    }

    private static int complete(JpaTemplate jpa, OrganizationService organizations, ModuleScope scope) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<ServiceRequestEntity> rows = em.createQuery("SELECT r FROM ServiceRequestEntity r WHERE r.category IS NULL",
                    ServiceRequestEntity.class).getResultList();
            CategoryEntity other = em.find(CategoryEntity.class, "OTHER");
            for (ServiceRequestEntity r : rows) {
                Organization unit = organizations.find(r.organizationId).orElse(null);
                if (r.orgPath == null) {
                    r.orgPath = unit == null ? "/deleted/" + r.organizationId + "/" : unit.path();
                }
                if (unit != null) {
                    r.parkId = scope.nearest(unit, UnitType.PARK).map(Organization::id).orElse(null);
                    r.gridId = scope.nearest(unit, UnitType.GRID).map(Organization::id).orElse(null);
                }
                r.category = other.code;
                r.dueAt = Deadlines.dueAt(r.submittedAt, other.deadlineDays);
                r.updatedAt = r.submittedAt;
            }
            em.flush();
            return rows.size();
        });
    }
}
