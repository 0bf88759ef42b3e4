package org.grassroots.core.internal.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.FeaturesService;
import org.grassroots.core.internal.CoreMessages;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;

/**
 * Which Karaf feature stands for a module: the known repositories may offer several versions of one module, and
 * exactly one is the module the registry shows and acts on (the installed one, else the newest). Also which of them
 * are installed, and the bundles a feature brought.
 */
final class ModuleFeatureChoice {
    private final FeaturesService features;
    private final ModuleRepositories repositories;
    private final BundleContext context;

    ModuleFeatureChoice(FeaturesService features, ModuleRepositories repositories, BundleContext context) {
        this.features = features;
        this.repositories = repositories;
        this.context = context;
    }

    /** Every version of every module the repositories offer. */
    List<ModuleFeature> all() {
        try {
            return repositories.offered();
        } catch (Exception e) {
            throw new IllegalStateException("Karaf could not list its features: " + ModuleRegistryImpl.message(e), e);
        }
    }

    /** One feature per module id: the installed one, else the newest version. */
    Map<String, ModuleFeature> byModule() {
        Map<String, ModuleFeature> byId = new TreeMap<>();
        for (ModuleFeature candidate : all()) {
            byId.merge(candidate.id(), candidate, this::preferred);
        }
        return byId;
    }

    /** The module's feature to act on: the installed version if any, else the newest offered. */
    ModuleFeature of(String id) {
        ModuleFeature feature = byModule().get(id);
        if (feature == null) {
            throw CoreMessages.notFound("module", id);
        }
        return feature;
    }

    /** The versions of the module installed now (more than one only in the middle of an upgrade). */
    List<ModuleFeature> installed(String id) {
        return all().stream().filter(f -> f.id().equals(id) && isInstalled(f)).toList();
    }

    boolean isInstalled(ModuleFeature feature) {
        return features.isInstalled(feature.feature());
    }

    /** The module's own bundles (not its dependencies) as installed now. */
    List<Bundle> bundlesOf(ModuleFeature feature) {
        List<Bundle> bundles = new ArrayList<>();
        for (BundleInfo info : feature.feature().getBundles()) {
            Bundle bundle = info.isDependency() ? null : context.getBundle(info.getLocation());
            if (bundle != null) {
                bundles.add(bundle);
            }
        }
        return bundles;
    }

    private ModuleFeature preferred(ModuleFeature a, ModuleFeature b) {
        boolean aInstalled = isInstalled(a);
        boolean bInstalled = isInstalled(b);
        if (aInstalled != bInstalled) {
            return aInstalled ? a : b;
        }
        return Version.parseVersion(a.version()).compareTo(Version.parseVersion(b.version())) >= 0 ? a : b;
    }
}
