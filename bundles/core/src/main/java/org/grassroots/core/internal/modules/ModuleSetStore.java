package org.grassroots.core.internal.modules;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.module.ModuleInfo;
import org.grassroots.core.api.module.ModuleOnNode;
import org.grassroots.core.api.module.NodeModuleState;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.Audit;
import org.grassroots.core.internal.modules.ModuleConvergence.Desired;
import org.grassroots.core.internal.modules.ModuleConvergence.Report;
import org.grassroots.core.internal.schema.CoreSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The cluster's module set in the database ({@code CORE_MODULE_DESIRED}) and each node's state of it
 * ({@code CORE_MODULE_NODE_STATE}): plain rows without entities, read and written in the platform's transactions so a
 * decision and its audit line commit together.
 */
@Component(service = ModuleSetStore.class)
public class ModuleSetStore {
    static final String AUDIT_TYPE = "module-set";

    private final JpaTemplate jpa;

    @Activate
    public ModuleSetStore(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                          @Reference CoreSchema schema) {
        this.jpa = jpa;
    }

    /** Every decision, by module id. */
    Map<String, Desired> desired() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Desired> result = new TreeMap<>();
            for (Object row : em.createNativeQuery("SELECT MODULE_ID, INSTALLED, CHANGED_BY, CHANGED_AT "
                    + "FROM CORE_MODULE_DESIRED").getResultList()) {
                Object[] columns = (Object[]) row;
                String module = (String) columns[0];
                result.put(module, new Desired(module, bool(columns[1]), (String) columns[2], instant(columns[3])));
            }
            return result;
        });
    }

    /** Records an administrator's decision (install or uninstall) with an audit line naming the caller. */
    void decide(String module, boolean installed) {
        jpa.tx(TransactionType.Required, em -> {
            Timestamp now = Timestamp.from(UtcTimes.nowInstant());
            int updated = em.createNativeQuery("UPDATE CORE_MODULE_DESIRED SET INSTALLED = ?, CHANGED_BY = ?, "
                            + "CHANGED_AT = ? WHERE MODULE_ID = ?")
                    .setParameter(1, installed).setParameter(2, Actors.current()).setParameter(3, now)
                    .setParameter(4, module).executeUpdate();
            if (updated == 0) {
                insert(em, module, installed, now);
            }
            Audit.record(em, installed ? "INSTALL" : "UNINSTALL", AUDIT_TYPE, null, module);
        });
    }

    /**
     * Records a module this node runs and nobody decided about as wanted (an existing installation's first start, or
     * a distribution that boots a new module). False when another node recorded a decision first.
     */
    boolean adopt(String module) {
        try {
            jpa.tx(TransactionType.Required, em -> {
                insert(em, module, true, Timestamp.from(UtcTimes.nowInstant()));
                Audit.record(em, "ADOPT", AUDIT_TYPE, null, module + ": installed on a node, nobody decided otherwise");
            });
            return true;
        } catch (RuntimeException refused) {
            // the primary key: another node adopted it, or an administrator decided, at the same moment
            if (desired().containsKey(module)) {
                return false;
            }
            throw refused;
        }
    }

    private static void insert(EntityManager em, String module, boolean installed, Timestamp at) {
        em.createNativeQuery("INSERT INTO CORE_MODULE_DESIRED (MODULE_ID, INSTALLED, CHANGED_BY, CHANGED_AT) "
                        + "VALUES (?, ?, ?, ?)")
                .setParameter(1, module).setParameter(2, installed).setParameter(3, Actors.current())
                .setParameter(4, at).executeUpdate();
    }

    /** Forgets a module that is gone for good: its decision and every node's state of it. */
    void forget(String module) {
        jpa.tx(TransactionType.Required, em -> {
            int removed = em.createNativeQuery("DELETE FROM CORE_MODULE_DESIRED WHERE MODULE_ID = ?")
                    .setParameter(1, module).executeUpdate();
            em.createNativeQuery("DELETE FROM CORE_MODULE_NODE_STATE WHERE MODULE_ID = ?")
                    .setParameter(1, module).executeUpdate();
            if (removed > 0) {
                Audit.record(em, "FORGET", AUDIT_TYPE, null, module);
            }
        });
    }

    /**
     * Replaces this node's rows by {@code reports}: a row whose state and reason are unchanged keeps its time, so the
     * time says since when a node is in that state.
     */
    void record(String node, Map<String, Report> reports) {
        jpa.tx(TransactionType.Required, em -> {
            Map<String, Report> stored = new TreeMap<>();
            for (Object row : em.createNativeQuery("SELECT MODULE_ID, STATE, REASON FROM CORE_MODULE_NODE_STATE "
                    + "WHERE NODE_ID = ?").setParameter(1, node).getResultList()) {
                Object[] columns = (Object[]) row;
                stored.put((String) columns[0], new Report(NodeModuleState.valueOf((String) columns[1]), (String) columns[2]));
            }
            Timestamp now = Timestamp.from(UtcTimes.nowInstant());
            for (String gone : stored.keySet()) {
                if (!reports.containsKey(gone)) {
                    em.createNativeQuery("DELETE FROM CORE_MODULE_NODE_STATE WHERE NODE_ID = ? AND MODULE_ID = ?")
                            .setParameter(1, node).setParameter(2, gone).executeUpdate();
                }
            }
            reports.forEach((module, report) -> {
                String reason = report.reason() == null ? null : cut(report.reason());
                Report before = stored.get(module);
                if (before == null) {
                    em.createNativeQuery("INSERT INTO CORE_MODULE_NODE_STATE (NODE_ID, MODULE_ID, STATE, REASON, "
                                    + "UPDATED_AT) VALUES (?, ?, ?, ?, ?)")
                            .setParameter(1, node).setParameter(2, module).setParameter(3, report.state().name())
                            .setParameter(4, reason).setParameter(5, now).executeUpdate();
                } else if (before.state() != report.state() || !Objects.equals(before.reason(), reason)) {
                    em.createNativeQuery("UPDATE CORE_MODULE_NODE_STATE SET STATE = ?, REASON = ?, UPDATED_AT = ? "
                                    + "WHERE NODE_ID = ? AND MODULE_ID = ?")
                            .setParameter(1, report.state().name()).setParameter(2, reason).setParameter(3, now)
                            .setParameter(4, node).setParameter(5, module).executeUpdate();
                }
            });
        });
    }

    /** Every node's state of every module of the set, by module id, each list sorted by node. */
    Map<String, List<ModuleOnNode>> nodeStates() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, List<ModuleOnNode>> result = new TreeMap<>();
            for (Object row : em.createNativeQuery("SELECT NODE_ID, MODULE_ID, STATE, REASON, UPDATED_AT "
                    + "FROM CORE_MODULE_NODE_STATE").getResultList()) {
                Object[] columns = (Object[]) row;
                result.computeIfAbsent((String) columns[1], m -> new ArrayList<>()).add(new ModuleOnNode(
                        (String) columns[0], NodeModuleState.valueOf((String) columns[2]), (String) columns[3],
                        instant(columns[4])));
            }
            result.values().forEach(states -> states.sort(Comparator.comparing(ModuleOnNode::node)));
            return result;
        });
    }

    /** With several nodes on the database, each module with every node's state of it; as they are on a single node. */
    List<ModuleInfo> withNodes(Collection<ModuleInfo> modules) {
        Map<String, List<ModuleOnNode>> states = nodeStates();
        if (states.values().stream().flatMap(List::stream).map(ModuleOnNode::node).distinct().count() < 2) {
            return List.copyOf(modules);
        }
        return modules.stream().map(m -> m.withNodes(states.getOrDefault(m.id(), List.of()))).toList();
    }

    private static String cut(String reason) {
        return reason.length() <= 2000 ? reason : reason.substring(0, 1999) + "…";
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.util.Date d ? d.toInstant() : null;
    }
}
