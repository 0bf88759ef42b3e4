package org.grassroots.core.internal.modules;

import org.grassroots.core.internal.CoreMessages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.karaf.features.FeaturesService;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.module.ActionModule;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleCategory;
import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.ModuleIds;
import org.grassroots.core.api.module.ModuleInfo;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleState;
import org.grassroots.core.internal.schema.ModuleSchemaFailures;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module registry: merges the module features Karaf's feature repositories offer, the state of the bundles
 * and DS components of the installed ones, and the {@link ActionModule} services they register.
 * <p>
 * Installing and removing go through {@link FeaturesService} with {@link FeaturesService.Option#NoAutoRefreshBundles}:
 * a module exports nothing and brings no library (those live in the platform features), so no bundle of core or of
 * another module ever needs a refresh, and none is done.
 * <p>
 * Misbehaving modules (issue 25 point 2) show as FAILED with the reason: a failed migration at once, a module not
 * working when its installation's time ran out with "did not start within N s" (installations run on
 * {@link ModuleInstallWorker}, so one that never returns holds no caller), and an uninstalled module whose threads
 * still run with their names ({@link LeakedThreads}).
 */
@Component(service = { ModuleRegistry.class, ModuleRegistryImpl.class })
public class ModuleRegistryImpl implements ModuleRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistryImpl.class);
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
    private static final long POLL_MILLIS = 25;

    private final FeaturesService features;
    private final ModuleDiagnosis diagnosis;
    private final ModuleEnablementImpl enablement;
    private final ModuleRepositories repositories;
    private final ModuleFeatureChoice choice;
    private final ModuleSetStore moduleSet;
    private final Map<ServiceReference<ActionModule>, ActionModule> actionModules = new ConcurrentHashMap<>();
    /** Installs the feature resolver refused (the module could not be wired), by module id; shown as FAILED. */
    private final Map<String, String> refusedInstalls = new ConcurrentHashMap<>();
    /** When each module installed since the platform started had to be working, by module id. */
    private final Map<String, StartLimit> startLimits = new ConcurrentHashMap<>();
    private final ModuleInstallWorker installer = new ModuleInstallWorker();
    private final LeakedThreads leakedThreads = new LeakedThreads();

    private record StartLimit(long deadlineNanos, Duration limit) { }

    @Activate
    public ModuleRegistryImpl(BundleContext context, @Reference FeaturesService features,
                              @Reference ServiceComponentRuntime scr, @Reference ModuleEnablementImpl enablement,
                              @Reference ModuleRepositories repositories, @Reference ModuleSchemaFailures schemaFailures,
                              @Reference ModuleSetStore moduleSet) {
        this.features = features;
        this.diagnosis = new ModuleDiagnosis(context, scr, schemaFailures);
        this.enablement = enablement;
        this.repositories = repositories;
        this.choice = new ModuleFeatureChoice(features, repositories, context);
        this.moduleSet = moduleSet;
    }

    @Deactivate
    void deactivate() {
        installer.close();
    }

    @Reference(service = ActionModule.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindActionModule(ServiceReference<ActionModule> reference, ActionModule module) {
        actionModules.put(reference, module);
    }

    void unbindActionModule(ServiceReference<ActionModule> reference) {
        actionModules.remove(reference);
    }

    /** The result of an install, uninstall or upgrade: the module afterwards, and whether it settled in time. */
    public record Outcome(ModuleInfo module, boolean settled) {
    }

    @Override
    public List<ModuleInfo> modules() {
        Map<String, ModuleInfo> byId = new TreeMap<>();
        choice.byModule().forEach((id, feature) -> byId.put(id, status(feature).info()));
        // a module installed without a feature (e.g. a bundle dropped into deploy/) still shows
        descriptors().forEach(d -> byId.putIfAbsent(d.id(), ModuleIds.isValid(d.id()) ? ModuleInfo.active(d)
                : withReason(new ModuleInfo(d.id(), d.name(), d.version(), d.description(), d.category(), ModuleState.FAILED,
                        null, d.permissions(), d.ui(), d.statistics()), "refused: " + ModuleIds.problem(d.id()))));
        // a third-party module whose repository was removed (its KAR left deploy/) stays until it is cleaned up
        for (ModuleRepositories.Removed removed : repositories.removed(byId.keySet())) {
            byId.put(removed.id(), removed.feature()
                    .map(f -> f.info(refusedInstalls.containsKey(f.id()) ? ModuleState.FAILED : ModuleState.AVAILABLE,
                            refusedInstalls.get(f.id())))
                    .orElseGet(() -> new ModuleInfo(removed.id(), LocalizedText.of(removed.id(), removed.id()), "",
                            LocalizedText.of("已移除的第三方模块", "Removed third-party module"), ModuleCategory.OTHER, ModuleState.FAILED, removed.reason(), List.of(), null, List.of())));
        }
        return moduleSet.withNodes(byId.values());
    }

    /** The modules this node's feature repositories offer, by id: installed or not, and their state here. */
    Map<String, ModuleConvergence.Local> localModules() {
        Map<String, ModuleConvergence.Local> local = new TreeMap<>();
        choice.byModule().forEach((id, feature) -> {
            ModuleInfo info = status(feature).info();
            local.put(id, new ModuleConvergence.Local(id, !choice.installed(id).isEmpty(), info.state(), info.reason()));
        });
        return local;
    }

    @Override
    public Optional<ModuleInfo> module(String id) {
        return modules().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public ModuleInfo require(String id) {
        return module(id).orElseThrow(() -> CoreMessages.notFound("module", id));
    }

    @Override
    public List<ModuleInfo> enabledFor(long organizationId) {
        List<ModuleInfo> active = modules().stream().filter(m -> m.state() == ModuleState.ACTIVE).toList();
        List<String> enabled = enablement.enabledAmong(active.stream().map(ModuleInfo::id).toList(), organizationId);
        return active.stream().filter(m -> enabled.contains(m.id())).toList();
    }

    /**
     * Installs the newest offered version of a module's feature and waits until the module is active or has
     * definitely failed, at most {@code timeout}.
     *
     * @throws ConflictException when the feature resolver refuses the module (e.g. an import nothing provides);
     *                           nothing was installed then, and the module shows as FAILED with that reason
     */
    public synchronized Outcome install(String id, Duration timeout) {
        if (!choice.byModule().containsKey(id)) {
            repositories.restore(id);
        }
        ModuleFeature feature = choice.of(id);
        if (!ModuleIds.isValid(id)) {
            throw new ConflictException(ModuleMessages.message("install.failed", id, ModuleIds.problem(id)));
        }
        installer.refuseWhileRunning(id);
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!choice.isInstalled(feature)) {
            LOG.info("Installing module {} ({} {})", id, feature.feature().getName(), feature.version());
            startLimits.put(id, new StartLimit(deadline, timeout));
            leakedThreads.forget(id);
            ModuleInstallWorker.Running running = installer.submit(id, timeout, () -> installFeature(id, feature));
            try {
                running.future().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                throw new ConflictException(ModuleMessages.message("install.failed", id, message(e.getCause())));
            } catch (TimeoutException e) {
                LOG.warn("Module {} did not start within {} s; its installation goes on", id, timeout.toSeconds());
                return new Outcome(status(feature).info(), false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(status(feature).info(), false);
            }
        }
        return await(feature, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }

    /** On the installer's thread: the feature's installation, and its refusal remembered for the registry. */
    private void installFeature(String id, ModuleFeature feature) {
        try {
            features.installFeature(feature.feature().getName(), feature.version(), NO_REFRESH);
            refusedInstalls.remove(id);
        } catch (Exception e) {
            String reason = "installation refused: " + message(e);
            refusedInstalls.put(id, reason);
            LOG.warn("Module {}: {}", id, reason);
            throw new IllegalStateException(message(e), e);
        }
    }

    /** Uninstalls the module's feature; its tables and data stay for a later reinstall. */
    public synchronized Outcome uninstall(String id) {
        ModuleFeature feature = choice.of(id);
        installer.refuseWhileRunning(id);
        refusedInstalls.remove(id);
        startLimits.remove(id);
        for (ModuleFeature installed : choice.installed(id)) {
            LOG.info("Uninstalling module {} ({} {})", id, installed.feature().getName(), installed.version());
            Set<String> classes = LeakedThreads.classesOf(choice.bundlesOf(installed));
            try {
                features.uninstallFeature(installed.feature().getName(), installed.version(), NO_REFRESH);
            } catch (Exception e) {
                throw new ConflictException(ModuleMessages.message("uninstall.failed", id, message(e)));
            }
            leakedThreads.check(id, classes);
        }
        return new Outcome(status(feature).info(), true);
    }

    /**
     * Replaces the installed version by the newest one the known repositories offer (add the new repository or
     * drop its KAR first). Karaf's {@code Upgrade} option uninstalls the old bundle version in the same step.
     */
    public synchronized Outcome upgrade(String id, Duration timeout) {
        installer.refuseWhileRunning(id);
        List<ModuleFeature> installed = choice.installed(id);
        if (installed.isEmpty()) {
            throw new ConflictException(ModuleMessages.message("upgrade.notInstalled", id));
        }
        ModuleFeature newest = choice.all().stream().filter(f -> f.id().equals(id))
                .max(Comparator.comparing(f -> Version.parseVersion(f.version()))).orElseThrow();
        Version current = installed.stream().map(f -> Version.parseVersion(f.version())).max(Comparator.naturalOrder())
                .orElseThrow();
        if (Version.parseVersion(newest.version()).compareTo(current) <= 0) {
            throw new ConflictException(ModuleMessages.message("upgrade.newest", id, current));
        }
        EnumSet<FeaturesService.Option> options = EnumSet.copyOf(NO_REFRESH);
        options.add(FeaturesService.Option.Upgrade);
        try {
            features.installFeature(newest.feature().getName(), newest.version(), options);
        } catch (Exception e) {
            throw new ConflictException(ModuleMessages.message("upgrade.failed", id, newest.version(), message(e)));
        }
        return await(newest, timeout);
    }

    private Outcome await(ModuleFeature feature, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Status status = status(feature);
        while (!status.settled() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            status = status(feature);
        }
        return new Outcome(status.info(), status.settled());
    }

    /**
     * Removes what the platform keeps about a module that is not installed: its per-unit enablement rows and the
     * memory of its feature repository. Its own tables stay (they belong to the module's schema).
     *
     * @return the number of enablement rows removed
     * @throws ConflictException while the module is installed (uninstall it first)
     */
    public synchronized int cleanUp(String id) {
        boolean installed = !choice.installed(id).isEmpty() || descriptor(id).isPresent();
        if (installed) {
            throw new ConflictException(ModuleMessages.message("cleanup.installed", id));
        }
        leakedThreads.forget(id);
        int removed = enablement.removeAll(id);
        boolean remembered = repositories.forget(id);
        refusedInstalls.remove(id);
        if (removed == 0 && !remembered && !choice.byModule().containsKey(id)) {
            throw CoreMessages.notFound("module", id);
        }
        return removed;
    }

    private List<ModuleDescriptor> descriptors() {
        List<ModuleDescriptor> result = new ArrayList<>();
        for (ActionModule module : actionModules.values()) {
            try {
                result.add(module.descriptor());
            } catch (RuntimeException e) {
                LOG.warn("An ActionModule service failed to describe itself", e);
            }
        }
        return result;
    }

    private Optional<ModuleDescriptor> descriptor(String id) {
        return descriptors().stream().filter(d -> id.equals(d.id())).findFirst();
    }

    /** A module's state; {@code settled} is false while it may still change by itself (components starting). */
    private record Status(ModuleInfo info, boolean settled) {
    }

    private Status status(ModuleFeature feature) {
        String id = feature.id();
        if (!ModuleIds.isValid(id)) {
            return new Status(feature.info(ModuleState.FAILED, "refused: " + ModuleIds.problem(id)), true);
        }
        Optional<ModuleInstallWorker.Running> installing = installer.unfinished(id);
        if (!choice.isInstalled(feature) && installing.isEmpty()) {
            String refused = Optional.ofNullable(refusedInstalls.get(id)).or(() -> leakedThreads.reason(id)).orElse(null);
            return new Status(feature.info(refused == null ? ModuleState.AVAILABLE : ModuleState.FAILED, refused),
                    true);
        }
        ModuleDiagnosis.Problem problem = diagnosis.diagnose(feature.feature());
        Optional<ModuleDescriptor> descriptor = descriptor(id);
        if (installing.isPresent()) {
            // its bundles may look started while the installation still waits on one of its components
            String running = ModuleMessages.inBoth("install.running", installing.get().secondsSoFar());
            problem = new ModuleDiagnosis.Problem(problem == null ? running : running + "; " + problem.reason(), false);
        }
        if (problem == null && descriptor.isPresent()) {
            startLimits.remove(id); // it started: a later problem is no failure to start
            return new Status(ModuleInfo.active(descriptor.get()), true);
        }
        if (problem == null) {
            problem = new ModuleDiagnosis.Problem("no ActionModule service with id " + id + " is registered by its bundles", false);
        }
        StartLimit limit = startLimits.get(id);
        if (!problem.definitive() && limit != null && System.nanoTime() - limit.deadlineNanos() > 0) {
            problem = new ModuleDiagnosis.Problem(ModuleMessages.inBoth("start.timeout", limit.limit().toSeconds())
                    + ": " + problem.reason(), false);
        }
        ModuleInfo failed = descriptor
                .map(d -> new ModuleInfo(d.id(), d.name(), d.version(), d.description(), d.category(), ModuleState.FAILED,
                        null, d.permissions(), d.ui(), d.statistics(), d.labels()))
                .orElseGet(() -> feature.info(ModuleState.FAILED, null));
        return new Status(withReason(failed, problem.reason()), problem.definitive());
    }

    private static ModuleInfo withReason(ModuleInfo m, String reason) {
        return new ModuleInfo(m.id(), m.name(), m.version(), m.description(), m.category(), m.state(), reason,
                m.permissions(), m.ui(), m.statistics(), m.labels());
    }

    static String message(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : ModuleDiagnosis.firstLine(message);
    }
}
