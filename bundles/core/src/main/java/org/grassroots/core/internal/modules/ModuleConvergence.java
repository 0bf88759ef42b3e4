package org.grassroots.core.internal.modules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.grassroots.core.api.module.ModuleState;
import org.grassroots.core.api.module.NodeModuleState;

/**
 * The decisions of a node converging to the cluster's module set, free of Karaf and the database so they can be
 * tested alone: what to install, uninstall and record as wanted, and what the node reports afterwards.
 */
final class ModuleConvergence {
    private ModuleConvergence() {
    }

    /** One decision of the module set: whether the module is wanted, and when (and by whom) that was decided. */
    record Desired(String module, boolean installed, String changedBy, Instant changedAt) {
    }

    /**
     * A module this node's feature repositories offer: whether its feature is installed, and the registry's state.
     * A module the node does not offer has no entry.
     */
    record Local(String module, boolean installed, ModuleState state, String reason) {
    }

    /** What one pass does: modules to record as wanted (installed here, nobody decided), to uninstall, to install. */
    record Plan(List<String> seed, List<String> uninstall, List<String> install) {
        boolean isEmpty() {
            return seed.isEmpty() && uninstall.isEmpty() && install.isEmpty();
        }
    }

    /** A node's state of one module, as recorded in the database. */
    record Report(NodeModuleState state, String reason) {
    }

    /**
     * Modules installed or uninstalled on this node since the last pass by something other than the module set: a
     * KAR dropped into or removed from {@code deploy/}, {@code feature:install} in the shell. They are an operator's
     * decisions too, so they become the set's (rather than being undone by the next pass).
     *
     * @param previous whether each module was installed at the end of the last pass or change of the set (empty
     *                 before the first pass: what the distribution booted is the starting point, not a decision)
     * @return module id to whether it is installed now
     */
    static Map<String, Boolean> localChanges(Map<String, Boolean> previous, Map<String, Local> local) {
        Map<String, Boolean> changes = new TreeMap<>();
        previous.forEach((id, was) -> {
            Local here = local.get(id);
            boolean now = here != null && here.installed();
            if (was != now) {
                changes.put(id, now);
            }
        });
        local.values().stream().filter(l -> l.installed() && !previous.isEmpty() && !previous.containsKey(l.module()))
                .forEach(l -> changes.put(l.module(), true));
        return changes;
    }

    /** Whether each offered module is installed: what {@link #localChanges} compares with next time. */
    static Map<String, Boolean> installed(Map<String, Local> local) {
        Map<String, Boolean> installed = new TreeMap<>();
        local.values().forEach(l -> installed.put(l.module(), l.installed()));
        return installed;
    }

    /**
     * @param attempted for each module whose installation this node tried and which was refused: the decision time
     *                  of the module set it tried for. A refused installation is not retried every pass (it would be
     *                  refused again, with a warning each time), only when the module set is decided anew (an
     *                  administrator installs it again) or the node restarts.
     */
    static Plan plan(Map<String, Desired> desired, Map<String, Local> local, Map<String, Instant> attempted) {
        List<String> seed = new ArrayList<>();
        List<String> uninstall = new ArrayList<>();
        List<String> install = new ArrayList<>();
        for (Local module : new TreeMap<>(local).values()) {
            if (module.installed() && !desired.containsKey(module.module())) {
                seed.add(module.module());
            }
        }
        for (Desired wanted : new TreeMap<>(desired).values()) {
            Local here = local.get(wanted.module());
            if (here == null) {
                continue; // not offered here: nothing to do, reported as failed
            }
            if (!wanted.installed() && here.installed()) {
                uninstall.add(wanted.module());
            } else if (wanted.installed() && !here.installed()) {
                Instant tried = attempted.get(wanted.module());
                if (tried == null || tried.isBefore(wanted.changedAt())) {
                    install.add(wanted.module());
                }
            }
        }
        return new Plan(seed, uninstall, install);
    }

    /**
     * The node's state of every module the set names, after a pass.
     *
     * @param failures reasons of this pass's failed actions, by module (they win over what the registry shows)
     */
    static Map<String, Report> report(Map<String, Desired> desired, Map<String, Local> local,
                                      Map<String, String> failures) {
        Map<String, Report> reports = new TreeMap<>();
        for (Desired wanted : desired.values()) {
            String id = wanted.module();
            Local here = local.get(id);
            String failure = failures.get(id);
            Report report;
            if (wanted.installed()) {
                if (here == null) {
                    report = failed(ModuleMessages.inBoth("node.notOffered", id));
                } else if (failure != null) {
                    report = failed(failure);
                } else if (here.installed() && here.state() != ModuleState.FAILED) {
                    report = new Report(NodeModuleState.INSTALLED, null);
                } else {
                    report = failed(here.reason() != null ? here.reason() : ModuleMessages.inBoth("node.notInstalled"));
                }
            } else if (here != null && here.installed()) {
                report = failed(ModuleMessages.inBoth("node.stillInstalled",
                        failure != null ? failure : here.reason() != null ? here.reason() : "-"));
            } else {
                report = new Report(NodeModuleState.ABSENT, null);
            }
            reports.put(id, report);
        }
        return reports;
    }

    private static Report failed(String reason) {
        return new Report(NodeModuleState.FAILED, reason);
    }
}
