package org.grassroots.rest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.servlet.Servlet;

import org.grassroots.rest.RestProperties;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.grassroots.core.api.security.Authenticator;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves every JAX-RS resource service under {@code /api/<module>/}, one Jersey application per module.
 * <p>
 * Why per module: when a module is installed or removed only its own application is rebuilt, so the
 * others never stop serving. Each module's servlet registration stays put while its resources change;
 * the Jersey application inside is swapped atomically (see {@link ModuleServlet}), so no request sees a
 * half-built application. Rebuilds are debounced because a module registers its resources one by one.
 * <p>
 * A ServiceTracker is used instead of a DS reference because resources are registered under their own
 * class names: DS can only match by interface, the whiteboard has to match by property
 * ({@link org.grassroots.rest.ModuleResource}).
 */
@Component(immediate = true, configurationPid = RestConfig.PID)
public class JerseyWhiteboard {
    private static final Logger LOG = LoggerFactory.getLogger(JerseyWhiteboard.class);
    private static final long DEBOUNCE_MILLIS = 150;

    private final Map<ServiceReference<?>, Object> resources = new ConcurrentHashMap<>();
    private final Map<ServiceReference<?>, Object> extensions = new ConcurrentHashMap<>();
    private final Map<String, ModuleServlet> servlets = new HashMap<>();
    private final Map<String, ServiceRegistration<Servlet>> registrations = new HashMap<>();
    private final Set<String> dirtyModules = new HashSet<>();

    private BundleContext context;
    private volatile ClientAddress clientAddress = ClientAddress.parse("");
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> pendingRebuild;
    /** Set on deactivation: a rebuild still running then must not register a servlet nobody will unregister. */
    private boolean closed;
    private ServiceTracker<Object, Object> resourceTracker;
    private ServiceTracker<Object, Object> extensionTracker;

    /** Core's authenticator; while it is missing every API request answers 503 (deny by default). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Authenticator authenticator;

    /** Core's permission checks, used by {@link PermissionFilter} in every module's application. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.grassroots.core.api.security.Authorization authorization;

    /** The data disk and the DataSource: writes are refused while the disk is full, every call while the database is gone. */
    @Reference
    private StorageWatch storage;

    @Activate
    void activate(BundleContext bundleContext, RestConfig config) throws InvalidSyntaxException {
        this.context = bundleContext;
        modified(config);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "grassroots-rest-whiteboard");
            t.setDaemon(true);
            return t;
        });
        extensionTracker = track("(" + RestProperties.EXTENSION + "=true)", extensions, true);
        // @ModuleResource's property, or the pair of properties modules built against rest 1.1 register with
        resourceTracker = track("(|(" + RestProperties.MODULE_RESOURCE + "=*)(&(" + RestProperties.RESOURCE
                + "=true)(" + RestProperties.MODULE + "=*)))", resources, false);
    }

    /** A changed proxy list applies to the next request; the servlets stay registered. */
    @Modified
    void modified(RestConfig config) {
        this.clientAddress = ClientAddress.parse(config.trustedProxies());
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            closed = true;
        }
        resourceTracker.close();
        extensionTracker.close();
        scheduler.shutdownNow();
        synchronized (this) {
            registrations.values().forEach(JerseyWhiteboard::unregisterQuietly);
            registrations.clear();
            servlets.values().forEach(ModuleServlet::destroy);
            servlets.clear();
        }
    }

    private ServiceTracker<Object, Object> track(String filterText, Map<ServiceReference<?>, Object> into,
                                                 boolean affectsAllModules) throws InvalidSyntaxException {
        Filter filter = FrameworkUtil.createFilter(filterText);
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, filter,
                new ServiceTrackerCustomizer<>() {
                    @Override
                    public Object addingService(ServiceReference<Object> ref) {
                        Object service = context.getService(ref);
                        if (service != null) {
                            into.put(ref, service);
                            changed(ref, affectsAllModules, DEBOUNCE_MILLIS);
                        }
                        return service;
                    }

                    @Override
                    public void modifiedService(ServiceReference<Object> ref, Object service) {
                        changed(ref, affectsAllModules, DEBOUNCE_MILLIS);
                    }

                    @Override
                    public void removedService(ServiceReference<Object> ref, Object service) {
                        into.remove(ref);
                        // a departing resource is about to lose its services: stop routing to it at once
                        changed(ref, affectsAllModules, 0);
                        context.ungetService(ref);
                    }
                });
        tracker.open();
        return tracker;
    }

    private synchronized void changed(ServiceReference<?> ref, boolean affectsAllModules, long delayMillis) {
        if (closed) {
            return;
        }
        if (affectsAllModules) {
            dirtyModules.addAll(servlets.keySet());
            resources.keySet().forEach(r -> dirtyModules.add(moduleOf(r)));
        } else {
            dirtyModules.add(moduleOf(ref));
        }
        if (pendingRebuild != null) {
            pendingRebuild.cancel(false);
        }
        pendingRebuild = scheduler.schedule(this::rebuildDirtyModules, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void rebuildDirtyModules() {
        Set<String> modules;
        synchronized (this) {
            modules = new HashSet<>(dirtyModules);
            dirtyModules.clear();
        }
        for (String module : modules) {
            try {
                rebuild(module);
            } catch (RuntimeException e) {
                LOG.error("Could not rebuild the REST application of module {}", module, e);
            }
        }
    }

    private void rebuild(String module) {
        List<Object> moduleResources = new ArrayList<>();
        resources.forEach((ref, service) -> {
            if (module.equals(moduleOf(ref))) {
                moduleResources.add(service);
            }
        });
        List<Object> sharedExtensions = new ArrayList<>(extensions.values());
        ModuleServlet servlet;
        synchronized (this) {
            servlet = servlets.get(module);
            if (moduleResources.isEmpty()) {
                if (servlet != null) {
                    unregisterQuietly(registrations.remove(module));
                    servlets.remove(module).destroy();
                    LOG.info("REST module {} removed from /api/{}/", module, module);
                }
                return;
            }
        }
        ModuleApplication application = new ModuleApplication(module, moduleResources, sharedExtensions, () -> authorization,
                storage);
        synchronized (this) {
            if (closed) {
                return;
            }
            servlet = servlets.get(module);
            if (servlet != null) {
                servlet.swap(application);
                LOG.info("REST module {} reloaded with {} resources", module, moduleResources.size());
                return;
            }
            servlet = new ModuleServlet(module, application, () -> authenticator, () -> clientAddress, storage);
            servlets.put(module, servlet);
            registrations.put(module, context.registerService(Servlet.class, servlet, servletProperties(module)));
            LOG.info("REST module {} served at /api/{}/ with {} resources", module, module, moduleResources.size());
        }
    }

    private static java.util.Dictionary<String, Object> servletProperties(String module) {
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, "/api/" + module + "/*");
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, "grassroots-api-" + module);
        props.put(Constants.SERVICE_DESCRIPTION, "grassroots REST API of module " + module);
        return props;
    }

    private static String moduleOf(ServiceReference<?> ref) {
        Object module = ref.getProperty(RestProperties.MODULE_RESOURCE);
        if (module == null) {
            module = ref.getProperty(RestProperties.MODULE);
        }
        return module == null ? "" : String.valueOf(module);
    }

    private static void unregisterQuietly(ServiceRegistration<?> registration) {
        if (registration == null) {
            return;
        }
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework removed it while the bundle stopped
        }
    }
}
