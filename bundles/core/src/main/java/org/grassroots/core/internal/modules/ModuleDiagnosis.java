package org.grassroots.core.internal.modules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Feature;
import org.grassroots.core.internal.schema.ModuleSchemaFailures;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Why an installed module does not work, in plain words: its bundles' states, the requirements nothing provides
 * (package and version range, e.g. a module built for an API major version the platform does not offer) and its
 * DS components' failures, and a failed migration of its tables.
 */
final class ModuleDiagnosis {
    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final ModuleSchemaFailures schemaFailures;

    ModuleDiagnosis(BundleContext context, ServiceComponentRuntime scr, ModuleSchemaFailures schemaFailures) {
        this.context = context;
        this.scr = scr;
        this.schemaFailures = schemaFailures;
    }

    /** What keeps an installed module from working; {@code definitive} when it will not heal by waiting. */
    record Problem(String reason, boolean definitive) {
    }

    Problem diagnose(Feature feature) {
        List<String> reasons = new ArrayList<>();
        boolean definitive = false;
        boolean transientProblem = false;
        for (BundleInfo info : feature.getBundles()) {
            if (info.isDependency()) {
                continue;
            }
            Bundle bundle = context.getBundle(info.getLocation());
            if (bundle == null) {
                reasons.add("bundle " + info.getLocation() + " is not installed");
                transientProblem = true;
                continue;
            }
            String name = bundle.getSymbolicName() + " " + bundle.getVersion();
            switch (bundle.getState()) {
                case Bundle.INSTALLED -> {
                    reasons.add("bundle " + name + " is not resolved: " + unresolved(bundle));
                    definitive = true;
                }
                case Bundle.ACTIVE -> {
                    // its components wait for a ModuleSchema that will not come: the migration is the reason, and a
                    // definitive one (nothing heals it but another version of the module)
                    String migration = schemaFailures.of(bundle).orElse(null);
                    if (migration != null) {
                        reasons.add(ModuleMessages.inBoth("migration.failed") + ": " + migration);
                        definitive = true;
                        continue;
                    }
                    Long activating = schemaFailures.activatingSeconds(bundle).orElse(null);
                    if (activating != null) {
                        reasons.add(ModuleMessages.inBoth("components.activating", activating));
                        transientProblem = true;
                        continue;
                    }
                    Problem components = components(bundle);
                    if (components != null) {
                        reasons.add(components.reason());
                        definitive |= components.definitive();
                        transientProblem |= !components.definitive();
                    }
                }
                case Bundle.STARTING, Bundle.STOPPING -> {
                    reasons.add("bundle " + name + " is " + (bundle.getState() == Bundle.STARTING ? "starting" : "stopping"));
                    transientProblem = true;
                }
                default -> {
                    reasons.add(waitsForCore(bundle) ? "bundle " + name + ": " + ModuleMessages.inBoth("waitsForCore",
                            bundle.adapt(BundleStartLevel.class).getStartLevel())
                            : "bundle " + name + " is resolved but not started");
                    transientProblem = true;
                }
            }
        }
        return reasons.isEmpty() ? null : new Problem(String.join("; ", reasons), definitive && !transientProblem);
    }

    /** Whether the bundle's start level is above the framework's: it starts when core raises the level. */
    private boolean waitsForCore(Bundle bundle) {
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        FrameworkStartLevel framework = context.getBundle(0).adapt(FrameworkStartLevel.class);
        return level != null && framework != null && level.getStartLevel() > framework.getStartLevel();
    }

    /** The mandatory requirements of an unresolved bundle that nothing installed provides. */
    private String unresolved(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        List<String> missing = new ArrayList<>();
        if (revision != null && wiring != null) {
            for (Requirement requirement : revision.getRequirements(null)) {
                Map<String, String> directives = requirement.getDirectives();
                if (Namespace.RESOLUTION_OPTIONAL.equals(directives.get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE))
                        || "dynamic".equals(directives.get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE))) {
                    continue;
                }
                if (wiring.findProviders(requirement).isEmpty()) {
                    missing.add("missing " + requirement.getNamespace() + " "
                            + directives.getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, ""));
                }
            }
        }
        return missing.isEmpty() ? "the framework could not wire it (see the log)" : String.join(", ", missing);
    }

    private Problem components(Bundle bundle) {
        List<String> reasons = new ArrayList<>();
        boolean definitive = false;
        boolean waiting = false;
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
            if (!scr.isComponentEnabled(description)) {
                continue;
            }
            Collection<ComponentConfigurationDTO> configurations = scr.getComponentConfigurationDTOs(description);
            for (ComponentConfigurationDTO configuration : configurations) {
                switch (configuration.state) {
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> {
                        reasons.add("component " + description.name + " failed to activate: " + firstLine(configuration.failure));
                        definitive = true;
                    }
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> {
                        List<String> refs = new ArrayList<>();
                        for (UnsatisfiedReferenceDTO ref : configuration.unsatisfiedReferences) {
                            refs.add(serviceName(description, ref) + (ref.target == null ? "" : " " + ref.target));
                        }
                        reasons.add("component " + description.name + " is waiting for " + String.join(", ", refs));
                        waiting = true;
                    }
                    case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> {
                        reasons.add("component " + description.name + " is waiting for its configuration "
                                + String.join(",", description.configurationPid));
                        waiting = true;
                    }
                    default -> {
                        // SATISFIED or ACTIVE: working
                    }
                }
            }
        }
        return reasons.isEmpty() ? null : new Problem(String.join("; ", reasons), definitive && !waiting);
    }

    /**
     * The interface a reference waits for: a constructor-injected reference is named {@code $000}, {@code $001} …
     * by the DS annotations, which tells the reader of the module page nothing.
     */
    static String serviceName(ComponentDescriptionDTO description, UnsatisfiedReferenceDTO unsatisfied) {
        for (ReferenceDTO reference : description.references) {
            if (reference.name.equals(unsatisfied.name)) {
                String type = reference.interfaceName;
                return type.substring(type.lastIndexOf('.') + 1);
            }
        }
        return unsatisfied.name;
    }

    static String firstLine(String text) {
        if (text == null) {
            return "(no message)";
        }
        String line = text.strip().lines().findFirst().orElse(text);
        return line.length() > 2000 ? line.substring(0, 1997) + "..." : line;
    }
}
