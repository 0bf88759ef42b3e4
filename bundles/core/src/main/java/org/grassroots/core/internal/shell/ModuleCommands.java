package org.grassroots.core.internal.shell;

import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.EnablementSetting;
import org.grassroots.core.api.module.ModuleInfo;
import org.grassroots.core.internal.modules.ModuleRegistryImpl.Outcome;

/** How module commands report what happened. */
final class ModuleCommands {
    private ModuleCommands() {
    }

    static void print(Outcome outcome) {
        ModuleInfo m = outcome.module();
        System.out.printf("%s %s: %s%s%s%n", m.id(), m.version(), m.state(),
                m.reason() == null ? "" : " (" + m.reason() + ")", outcome.settled() ? "" : ", still starting");
    }

    static void print(EnablementSetting s, String unitCode) {
        System.out.printf("%s is %s for %s%s%s%n", s.moduleId(), s.enabled() ? "enabled" : "disabled", unitCode,
                s.inheritedFrom() == null ? " (no setting on its path: default)"
                        : s.inheritedFrom() == s.unitId() ? "" : " (inherited from unit " + s.inheritedFrom() + ")",
                s.settings().isEmpty() ? "" : ", settings " + s.settings());
    }

    /** {@code key=value} options into a map. */
    static Map<String, String> settings(List<String> pairs) {
        Map<String, String> result = new java.util.LinkedHashMap<>();
        if (pairs != null) {
            for (String pair : pairs) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("a setting is key=value: " + pair);
                }
                result.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return result;
    }
}
