package org.grassroots.core.internal.modules;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.cluster.ClusterNode;
import org.grassroots.core.internal.modules.ModuleConvergence.Desired;
import org.grassroots.core.internal.modules.ModuleConvergence.Local;
import org.grassroots.core.internal.modules.ModuleConvergence.Plan;
import org.grassroots.core.internal.modules.ModuleRegistryImpl.Outcome;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster's module set (issue 26 point 3): an administrator's install or uninstall (REST, shell) is carried out
 * on this node and, once this node accepted it, recorded in the database as what every node is to run; each node
 * converges to it ({@link ModuleConverger} calls {@link #converge}) and records its own state. A refused installation
 * stores nothing. Changes of this node's modules and convergence passes take turns, so a pass never undoes a change
 * that is being made.
 */
@Component(service = ModuleSet.class)
public class ModuleSet {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleSet.class);
    static final String ACTOR = "module-set";

    private final ModuleRegistryImpl registry;
    private final ModuleSetStore store;
    private final ClusterNode node;
    private final ReentrantLock changes = new ReentrantLock();
    /** Refused installations by module: the decision of the set they were tried for (not retried until it changes). */
    private final Map<String, Instant> refused = new ConcurrentHashMap<>();
    /** Whether each module was installed after the last pass or change (ModuleConvergence.localChanges). */
    private volatile Map<String, Boolean> previous = Map.of();

    @Activate
    public ModuleSet(@Reference ModuleRegistryImpl registry, @Reference ModuleSetStore store,
                     @Reference ClusterNode node) {
        this.registry = registry;
        this.store = store;
        this.node = node;
    }

    /** Installs the module on this node and, unless refused, records that the cluster wants it. */
    public Outcome install(String id, Duration timeout) {
        return changing(() -> {
            Outcome outcome = registry.install(id, timeout);
            store.decide(id, true);
            refused.remove(id);
            recordThisNode(Map.of());
            return outcome;
        });
    }

    /** Uninstalls the module on this node and records that the cluster wants it uninstalled. */
    public Outcome uninstall(String id) {
        return changing(() -> {
            Outcome outcome = registry.uninstall(id);
            store.decide(id, false);
            recordThisNode(Map.of());
            return outcome;
        });
    }

    /** Forgets a module gone for good (see {@link ModuleRegistryImpl#cleanUp}), its place in the module set too. */
    public int cleanUp(String id) {
        return changing(() -> {
            int removed = registry.cleanUp(id);
            store.forget(id);
            return removed;
        });
    }

    /**
     * One pass: adopts the modules this node runs that nobody decided about, uninstalls and installs what the set
     * says, and records this node's state.
     *
     * @param startLimit how long an installation may take to start before the pass goes on
     */
    void converge(Duration startLimit) {
        changing(() -> {
            Map<String, Desired> desired = store.desired();
            Map<String, Local> local = registry.localModules();
            Map<String, Boolean> changedHere = ModuleConvergence.localChanges(previous, local);
            if (!changedHere.isEmpty()) {
                changedHere.forEach((id, installed) -> {
                    LOG.info("Module set: module {} was {} on node {} outside the module set (a KAR, the shell); the "
                            + "other nodes follow", id, installed ? "installed" : "uninstalled", node.id());
                    Actors.as("karaf@" + node.id(), () -> {
                        store.decide(id, installed);
                        return null;
                    });
                });
                desired = store.desired();
            }
            Plan plan = ModuleConvergence.plan(desired, local, refused);
            Map<String, String> failures = new HashMap<>();
            for (String id : plan.seed()) {
                Actors.as(ACTOR, () -> store.adopt(id));
            }
            for (String id : plan.uninstall()) {
                LOG.info("Module set: uninstalling module {} on node {}, as the cluster's module set says", id, node.id());
                try {
                    registry.uninstall(id);
                } catch (RuntimeException e) {
                    failures.put(id, reason(e));
                    LOG.warn("Module set: module {} could not be uninstalled on node {}: {}", id, node.id(), e.getMessage());
                }
            }
            for (String id : plan.install()) {
                LOG.info("Module set: installing module {} on node {}, as the cluster's module set says", id, node.id());
                try {
                    registry.install(id, startLimit);
                } catch (RuntimeException e) {
                    refused.put(id, desired.get(id).changedAt());
                    failures.put(id, reason(e));
                    LOG.warn("Module set: module {} could not be installed on node {}: {}", id, node.id(), e.getMessage());
                }
            }
            if (plan.isEmpty()) {
                store.record(node.id(), ModuleConvergence.report(desired, local, failures));
                previous = ModuleConvergence.installed(local);
            } else {
                recordThisNode(failures);
            }
            return null;
        });
    }

    /** Runs a change of this node's modules or a pass, one at a time. */
    private <T> T changing(Supplier<T> change) {
        changes.lock();
        try {
            return change.get();
        } finally {
            changes.unlock();
        }
    }

    private void recordThisNode(Map<String, String> failures) {
        Map<String, Local> local = registry.localModules();
        store.record(node.id(), ModuleConvergence.report(store.desired(), local, failures));
        previous = ModuleConvergence.installed(local);
    }

    private static String reason(RuntimeException e) {
        Message message = e instanceof GrassrootsException known ? known.message()
                : Message.plain(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return ModuleMessages.inBoth(message);
    }
}
