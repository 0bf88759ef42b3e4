package org.grassroots.core.internal.modules;

import org.grassroots.core.internal.CoreMessages;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.Repository;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.NotFoundException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the feature repository each module was offered by. A third-party module comes with a repository of
 * its own (its KAR, or one added with {@code feature:repo-add}); when that repository goes (the KAR is taken out
 * of {@code deploy/}), Karaf forgets the module entirely. The registry asks here for such removed modules and
 * shows them as available again (their repository can still be read, e.g. from Karaf's {@code system/} folder
 * where the KAR left its artifacts), or as failed with the reason it cannot be read, until an administrator
 * cleans the module up.
 * <p>
 * Kept in the core bundle's data area ({@code module-repositories.properties}): it is the platform's own
 * bookkeeping, not data of the units, and a clean start of Karaf forgets it together with the repositories.
 */
@Component(service = ModuleRepositories.class)
public class ModuleRepositories {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleRepositories.class);

    private final FeaturesService features;
    private final File file;
    /** module id -> repository URI */
    private final Map<String, String> remembered = new TreeMap<>();
    /** repositories read without adding them, so listing modules does not resolve artifacts on every call */
    private final Map<String, Removed> readRepositories = new ConcurrentHashMap<>();

    /** A module whose repository Karaf no longer knows: its feature read from that repository, or why not. */
    record Removed(String id, URI repository, Optional<ModuleFeature> feature, String reason) {
    }

    @Activate
    public ModuleRepositories(BundleContext context, @Reference FeaturesService features) {
        this.features = features;
        this.file = context.getDataFile("module-repositories.properties");
        load();
    }

    /** The module features of every repository Karaf knows, remembering which repository offers each module. */
    synchronized List<ModuleFeature> offered() throws Exception {
        List<ModuleFeature> result = new ArrayList<>();
        Map<String, Set<String>> offeredBy = new TreeMap<>();
        for (Repository repository : features.listRepositories()) {
            for (Feature feature : repository.getFeatures()) {
                Optional<ModuleFeature> module = ModuleFeature.of(feature);
                if (module.isPresent()) {
                    result.add(module.get());
                    offeredBy.computeIfAbsent(module.get().id(), id -> new LinkedHashSet<>())
                            .add(repository.getURI().toString());
                }
            }
        }
        boolean changed = false;
        for (Map.Entry<String, Set<String>> entry : offeredBy.entrySet()) {
            // a module offered by several repositories (e.g. an upgrade's) keeps the one remembered while it lasts
            if (!entry.getValue().contains(remembered.get(entry.getKey()))) {
                remembered.put(entry.getKey(), entry.getValue().iterator().next());
                changed = true;
            }
        }
        if (changed) {
            save();
        }
        return result;
    }

    /** The remembered modules that none of {@code offeredIds} (the repositories Karaf knows) offers any more. */
    synchronized List<Removed> removed(Set<String> offeredIds) {
        List<Removed> result = new ArrayList<>();
        remembered.forEach((id, uri) -> {
            if (!offeredIds.contains(id)) {
                result.add(readRepositories.computeIfAbsent(id + " " + uri, key -> read(id, URI.create(uri))));
            }
        });
        return result;
    }

    /**
     * Adds a removed module's repository back to Karaf, so the module can be installed again.
     *
     * @throws NotFoundException when no removed module has that id
     * @throws ConflictException when its repository cannot be read any more
     */
    synchronized void restore(String id) {
        String uri = remembered.get(id);
        if (uri == null) {
            throw CoreMessages.notFound("module", id);
        }
        Removed removed = read(id, URI.create(uri));
        if (removed.feature().isEmpty()) {
            throw new ConflictException(ModuleMessages.message("install.failed", id, removed.reason()));
        }
        try {
            features.addRepository(URI.create(uri));
            LOG.info("Module {}: feature repository {} added again", id, uri);
        } catch (Exception e) {
            throw new ConflictException(ModuleMessages.message("install.repository", id, uri, e.getMessage()));
        }
        readRepositories.keySet().removeIf(key -> key.startsWith(id + " "));
    }

    /** Forgets where a module came from; true when it was remembered. */
    synchronized boolean forget(String id) {
        readRepositories.keySet().removeIf(key -> key.startsWith(id + " "));
        boolean known = remembered.remove(id) != null;
        if (known) {
            save();
        }
        return known;
    }

    private Removed read(String id, URI uri) {
        try {
            Repository repository = features.createRepository(uri);
            for (Feature feature : repository.getFeatures()) {
                Optional<ModuleFeature> module = ModuleFeature.of(feature).filter(m -> m.id().equals(id));
                if (module.isPresent()) {
                    return new Removed(id, uri, module, null);
                }
            }
            return new Removed(id, uri, Optional.empty(), "removed: its feature repository " + uri
                    + " no longer offers it; add a repository that does, or clean the module up");
        } catch (Exception e) {
            return new Removed(id, uri, Optional.empty(), "removed: its feature repository " + uri
                    + " cannot be read any more (" + ModuleDiagnosis.firstLine(String.valueOf(e.getMessage()))
                    + "); deploy its KAR again, or clean the module up");
        }
    }

    private void load() {
        if (file == null || !file.isFile()) {
            return;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file.toPath(), UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            LOG.warn("Could not read {}; removed third-party modules are not listed until they are offered again", file, e);
            return;
        }
        properties.stringPropertyNames().forEach(id -> remembered.put(id, properties.getProperty(id)));
    }

    private void save() {
        if (file == null) {
            return;
        }
        Properties properties = new Properties();
        properties.putAll(remembered);
        try (Writer writer = Files.newBufferedWriter(file.toPath(), UTF_8)) {
            properties.store(writer, "module id = the feature repository that offered it (core's module registry)");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
