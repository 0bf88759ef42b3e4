package org.grassroots.core.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.ModuleState;
import org.grassroots.core.api.module.NodeModuleState;
import org.grassroots.core.internal.modules.ModuleConvergence.Desired;
import org.grassroots.core.internal.modules.ModuleConvergence.Local;
import org.grassroots.core.internal.modules.ModuleConvergence.Plan;
import org.grassroots.core.internal.modules.ModuleConvergence.Report;
import org.junit.jupiter.api.Test;

class ModuleConvergenceTest {
    private static final Instant DECIDED = Instant.parse("2026-12-04T10:00:00Z");

    private static Desired wanted(String id) {
        return new Desired(id, true, "admin", DECIDED);
    }

    private static Desired unwanted(String id) {
        return new Desired(id, false, "admin", DECIDED);
    }

    private static Local installed(String id) {
        return new Local(id, true, ModuleState.ACTIVE, null);
    }

    private static Local available(String id) {
        return new Local(id, false, ModuleState.AVAILABLE, null);
    }

    @Test
    void aFirstStartAdoptsWhatTheNodeRunsAndChangesNothing() {
        Plan plan = ModuleConvergence.plan(Map.of(), Map.of("rural", installed("rural"), "dues", installed("dues"),
                "hello", available("hello")), Map.of());
        assertEquals(List.of("dues", "rural"), plan.seed());
        assertEquals(List.of(), plan.install());
        assertEquals(List.of(), plan.uninstall());
    }

    @Test
    void aNodeInstallsWhatTheSetWantsAndUninstallsWhatItDoesNot() {
        Plan plan = ModuleConvergence.plan(Map.of("rural", wanted("rural"), "dues", unwanted("dues")),
                Map.of("rural", available("rural"), "dues", installed("dues")), Map.of());
        assertEquals(List.of("rural"), plan.install());
        assertEquals(List.of("dues"), plan.uninstall());
        assertEquals(List.of(), plan.seed());
    }

    @Test
    void aNodeThatMatchesDoesNothing() {
        Plan plan = ModuleConvergence.plan(Map.of("rural", wanted("rural"), "dues", unwanted("dues")),
                Map.of("rural", installed("rural"), "dues", available("dues")), Map.of());
        assertTrue(plan.isEmpty());
        Map<String, Report> report = ModuleConvergence.report(Map.of("rural", wanted("rural"), "dues", unwanted("dues")),
                Map.of("rural", installed("rural"), "dues", available("dues")), Map.of());
        assertEquals(new Report(NodeModuleState.INSTALLED, null), report.get("rural"));
        assertEquals(new Report(NodeModuleState.ABSENT, null), report.get("dues"));
    }

    @Test
    void aModuleTheDistributionLacksIsReportedNotInstalled() {
        Map<String, Desired> desired = Map.of("rural", wanted("rural"), "dues", unwanted("dues"));
        Plan plan = ModuleConvergence.plan(desired, Map.of(), Map.of());
        assertTrue(plan.isEmpty());
        Map<String, Report> report = ModuleConvergence.report(desired, Map.of(), Map.of());
        assertEquals(NodeModuleState.FAILED, report.get("rural").state());
        assertTrue(report.get("rural").reason().contains("本节点的发行版中没有模块 rural"), report.get("rural").reason());
        assertTrue(report.get("rural").reason().contains("has no feature for module rural"), report.get("rural").reason());
        // not offered and not wanted: nothing to do, nothing wrong
        assertEquals(new Report(NodeModuleState.ABSENT, null), report.get("dues"));
    }

    @Test
    void aRefusedInstallationIsRetriedOnlyForANewerDecision() {
        Map<String, Desired> desired = Map.of("rural", wanted("rural"));
        Map<String, Local> local = Map.of("rural", new Local("rural", false, ModuleState.FAILED, "installation refused: x"));
        assertEquals(List.of(), ModuleConvergence.plan(desired, local, Map.of("rural", DECIDED)).install());
        assertEquals(List.of("rural"), ModuleConvergence.plan(desired, local,
                Map.of("rural", DECIDED.minusSeconds(60))).install());
        Report report = ModuleConvergence.report(desired, local, Map.of()).get("rural");
        assertEquals(new Report(NodeModuleState.FAILED, "installation refused: x"), report);
    }

    @Test
    void aFailureOfThePassWinsAndAnInstalledButBrokenModuleIsFailed() {
        Map<String, Desired> desired = Map.of("rural", wanted("rural"), "dues", wanted("dues"), "hello", unwanted("hello"));
        Map<String, Local> local = Map.of("rural", available("rural"),
                "dues", new Local("dues", true, ModuleState.FAILED, "did not start"), "hello", installed("hello"));
        Map<String, Report> report = ModuleConvergence.report(desired, local, Map.of("rural", "refused",
                "hello", "bundle busy"));
        assertEquals(new Report(NodeModuleState.FAILED, "refused"), report.get("rural"));
        assertEquals(new Report(NodeModuleState.FAILED, "did not start"), report.get("dues"));
        assertEquals(NodeModuleState.FAILED, report.get("hello").state());
        assertTrue(report.get("hello").reason().endsWith("bundle busy"), report.get("hello").reason());
    }

    @Test
    void aWantedModuleNotYetInstalledWithoutReasonSaysSo() {
        Report report = ModuleConvergence.report(Map.of("rural", wanted("rural")), Map.of("rural", available("rural")),
                Map.of()).get("rural");
        assertEquals(NodeModuleState.FAILED, report.state());
        assertTrue(report.reason().contains("not installed on this node yet"), report.reason());
    }

    @Test
    void modulesWithoutADecisionAreNotReported() {
        assertNull(ModuleConvergence.report(Map.of(), Map.of("rural", installed("rural")), Map.of()).get("rural"));
    }

    @Test
    void aKarOrTheShellChangingAModuleIsADecisionOnlyAfterTheFirstPass() {
        Map<String, Local> now = Map.of("rural", installed("rural"), "dues", available("dues"),
                "legacy", installed("legacy"));
        // before the first pass the distribution's boot features are the starting point, not a decision
        assertEquals(Map.of(), ModuleConvergence.localChanges(Map.of(), now));
        Map<String, Boolean> previous = Map.of("rural", false, "dues", true, "gone", true, "hello", false);
        // rural installed (a KAR dropped in), dues uninstalled (feature:uninstall), gone's KAR removed (no longer
        // offered), legacy new and installed (a third-party KAR); hello unchanged and no longer offered
        assertEquals(Map.of("rural", true, "dues", false, "gone", false, "legacy", true),
                ModuleConvergence.localChanges(previous, now));
        assertEquals(Map.of(), ModuleConvergence.localChanges(ModuleConvergence.installed(now), now));
    }
}
