package org.grassroots.industrial.internal;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.CoreTopics;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.industrial.internal.Entities.CategoryEntity;
import org.grassroots.industrial.internal.Entities.ServiceRequestEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the module's copies of unit paths ({@code ORG_PATH}) equal to core's: when core moves a unit, the paths of
 * every module row in its subtree are rewritten with one UPDATE per table. At activation it also completes requests
 * written by version 1 of the module (no path, category or deadline yet).
 */
@Component(service = EventHandler.class, immediate = true,
        property = EventConstants.EVENT_TOPIC + "=" + CoreTopics.ORGANIZATION_MOVED)
public class PathSync implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PathSync.class);
    static final List<String> TABLES = List.of("IND_SERVICE_REQUEST", "IND_COMMUNITY", "IND_GRID_WORKER",
            "IND_ENTERPRISE", "IND_SERVICE", "IND_ESCALATION", "IND_ACTIVITY");

    private final JpaTemplate jpa;

    @Activate
    public PathSync(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                    @Reference IndustrialSchema schema, @Reference OrganizationService organizations,
                    @Reference Authorization authorization) {
        this.jpa = jpa;
        int completed = authorization.runAs(Caller.system("industrial"), () -> completeVersion1(organizations));
        if (completed > 0) {
            LOG.info("Industrial: {} request(s) of module version 1 given their unit path, category and deadline", completed);
        }
    }

    @Override
    public void handleEvent(Event event) {
        Object from = event.getProperty(CoreTopics.FROM_PATH);
        Object to = event.getProperty(CoreTopics.PATH);
        if (!(from instanceof String fromPath) || !(to instanceof String toPath) || fromPath.equals(toPath)) {
            return;
        }
        int rows = jpa.txExpr(TransactionType.Required, em -> {
            int changed = 0;
            for (String table : TABLES) {
                changed += em.createNativeQuery("UPDATE " + table + " SET ORG_PATH = CAST(? AS VARCHAR(512)) || "
                                + "SUBSTR(ORG_PATH, CAST(? AS INTEGER)) WHERE ORG_PATH LIKE CAST(? AS VARCHAR(512))")
                        .setParameter(1, toPath).setParameter(2, fromPath.length() + 1).setParameter(3, fromPath + "%")
                        .executeUpdate();
            }
            return changed;
        });
        LOG.debug("Industrial: {} row path(s) moved from {} to {}", rows, fromPath, toPath);
    }

    private int completeVersion1(OrganizationService organizations) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<ServiceRequestEntity> rows = em.createQuery("SELECT r FROM ServiceRequestEntity r WHERE r.orgPath IS NULL",
                    ServiceRequestEntity.class).getResultList();
            CategoryEntity other = em.find(CategoryEntity.class, "OTHER");
            for (ServiceRequestEntity r : rows) {
                Organization unit = organizations.find(r.organizationId).orElse(null);
                r.orgPath = unit == null ? "/deleted/" + r.organizationId + "/" : unit.path();
                if (unit != null) {
                    r.parkId = nearest(organizations, unit, UnitType.PARK);
                    r.gridId = nearest(organizations, unit, UnitType.GRID);
                }
                r.category = other.code;
                r.dueAt = Deadlines.dueAt(r.submittedAt, other.deadlineDays);
                r.updatedAt = r.submittedAt;
            }
            em.flush();
            return rows.size();
        });
    }

    private static Long nearest(OrganizationService organizations, Organization unit, UnitType type) {
        List<Long> ids = Scope.ancestors(unit.path());
        ids.add(unit.id());
        for (int i = ids.size() - 1; i >= 0; i--) {
            Organization o = organizations.find(ids.get(i)).orElse(null);
            if (o != null && o.unitType() == type) {
                return o.id();
            }
        }
        return null;
    }
}
