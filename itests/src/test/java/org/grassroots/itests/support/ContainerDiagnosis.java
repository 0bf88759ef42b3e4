package org.grassroots.itests.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.dto.FailedServletDTO;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.osgi.service.http.runtime.dto.ServletContextDTO;
import org.osgi.service.http.runtime.dto.ServletDTO;

/**
 * What the container looks like from inside when the platform did not come up: the platform's bundles that are not
 * active, its DS components that are not active (with their unsatisfied references), the servlets the HTTP runtime
 * serves and those it refused (with the reason). A CI run that fails to start leaves only the test's message behind,
 * so the message carries this.
 */
public final class ContainerDiagnosis {
    private static final String OURS = "org.grassroots";
    private static final int STACK_FRAMES = 14;
    private static final int MAXIMUM_COMPONENTS = 30;

    private ContainerDiagnosis() {
    }

    /** The description, or why it could not be made; never throws. */
    public static String describe() {
        Bundle self = FrameworkUtil.getBundle(ContainerDiagnosis.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null) {
            return "(no container to describe: not running inside the framework)";
        }
        List<String> lines = new ArrayList<>();
        try {
            bundles(context, lines);
            components(context, lines);
            servlets(context, lines);
            threads(lines);
        } catch (RuntimeException | LinkageError e) {
            lines.add("(description incomplete: " + e + ")");
        }
        return String.join("\n  ", lines);
    }

    private static void bundles(BundleContext context, List<String> lines) {
        for (Bundle bundle : context.getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (!fragment && bundle.getState() != Bundle.ACTIVE && bundle.getSymbolicName() != null
                    && bundle.getSymbolicName().startsWith(OURS)) {
                lines.add("bundle " + bundle.getSymbolicName() + " is " + state(bundle.getState()));
            }
        }
    }

    private static void components(BundleContext context, List<String> lines) {
        ServiceReference<ServiceComponentRuntime> ref = context.getServiceReference(ServiceComponentRuntime.class);
        ServiceComponentRuntime scr = ref == null ? null : context.getService(ref);
        if (scr == null) {
            lines.add("no ServiceComponentRuntime");
            return;
        }
        try {
            int active = 0;
            int waiting = 0;
            // core's and rest's first: every module waits for them, so they are the likelier cause
            List<ComponentDescriptionDTO> descriptions = new ArrayList<>(scr.getComponentDescriptionDTOs());
            descriptions.sort(java.util.Comparator.comparing((ComponentDescriptionDTO d) -> !d.bundle.symbolicName
                    .matches("org\\.grassroots\\.(core|rest|web)")));
            for (ComponentDescriptionDTO description : descriptions) {
                if (!description.bundle.symbolicName.startsWith(OURS)) {
                    continue;
                }
                if (!scr.isComponentEnabled(description)) {
                    lines.add("component " + description.name + " is disabled");
                    continue;
                }
                for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                    if (configuration.state == ComponentConfigurationDTO.ACTIVE) {
                        active++;
                    } else if (configuration.state != ComponentConfigurationDTO.SATISFIED
                            && ++waiting <= MAXIMUM_COMPONENTS) {
                        lines.add("component " + description.name + " is " + componentState(configuration.state)
                                + unsatisfied(description, configuration.unsatisfiedReferences)
                                + (configuration.failure == null ? "" : " failure: " + configuration.failure));
                    }
                }
            }
            lines.add(active + " of the platform's components active, " + waiting + " not"
                    + (waiting > MAXIMUM_COMPONENTS ? " (the first " + MAXIMUM_COMPONENTS + " above)" : ""));
        } finally {
            context.ungetService(ref);
        }
    }

    private static String unsatisfied(ComponentDescriptionDTO description, UnsatisfiedReferenceDTO[] references) {
        if (references == null || references.length == 0) {
            return "";
        }
        return Arrays.stream(references).map(r -> service(description, r.name) + (r.target == null ? "" : " " + r.target))
                .collect(Collectors.joining(", ", " waiting for ", ""));
    }

    /** The service a reference wants ({@code $001} says nothing). */
    private static String service(ComponentDescriptionDTO description, String reference) {
        return Arrays.stream(description.references).filter(r -> r.name.equals(reference)).findFirst()
                .map(r -> r.interfaceName.substring(r.interfaceName.lastIndexOf('.') + 1)).orElse(reference);
    }

    private static void servlets(BundleContext context, List<String> lines) {
        ServiceReference<HttpServiceRuntime> ref = context.getServiceReference(HttpServiceRuntime.class);
        HttpServiceRuntime runtime = ref == null ? null : context.getService(ref);
        if (runtime == null) {
            lines.add("no HttpServiceRuntime");
            return;
        }
        try {
            // the port this container's Jetty took: a test that reached another platform shows here
            Object endpoint = ref.getProperty("osgi.http.endpoint");
            lines.add("HTTP runtime at " + (endpoint instanceof Object[] all ? Arrays.toString(all) : endpoint) + ", tests talk to port "
                    + System.getProperty(District.HTTP_PORT_PROPERTY));
            RuntimeDTO dto = runtime.getRuntimeDTO();
            for (ServletContextDTO servletContext : dto.servletContextDTOs) {
                for (ServletDTO servlet : servletContext.servletDTOs) {
                    lines.add("servlet " + servlet.name + " at " + Arrays.toString(servlet.patterns) + " in context "
                            + servletContext.name);
                }
            }
            for (FailedServletDTO failed : dto.failedServletDTOs) {
                lines.add("servlet " + failed.name + " at " + Arrays.toString(failed.patterns) + " REFUSED, reason "
                        + failed.failureReason + " (org.osgi.service.http.runtime.dto.DTOConstants; service " + failed.serviceId + ")");
            }
        } finally {
            context.ungetService(ref);
        }
    }

    /**
     * The threads that publish the REST applications and run the HTTP runtime's registrations, and every thread
     * blocked on a monitor, with the lock each waits for and who holds it: a hang at start is usually one of them.
     */
    private static void threads(List<String> lines) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (ThreadInfo thread : threads.dumpAllThreads(true, true)) {
            String name = thread.getThreadName();
            boolean relevant = name.startsWith("grassroots-rest") || name.startsWith("paxweb")
                    || thread.getThreadState() == Thread.State.BLOCKED;
            if (!relevant) {
                continue;
            }
            lines.add("thread '" + name + "' " + thread.getThreadState()
                    + (thread.getLockName() == null ? "" : " on " + thread.getLockName())
                    + (thread.getLockOwnerName() == null ? "" : " held by '" + thread.getLockOwnerName() + "'"));
            StackTraceElement[] stack = thread.getStackTrace();
            for (int i = 0; i < Math.min(STACK_FRAMES, stack.length); i++) {
                lines.add("    at " + stack[i]);
            }
        }
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> String.valueOf(state);
        };
    }

    private static String componentState(int state) {
        return switch (state) {
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "waiting for its configuration";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "unsatisfied";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED in its activation";
            default -> String.valueOf(state);
        };
    }
}
