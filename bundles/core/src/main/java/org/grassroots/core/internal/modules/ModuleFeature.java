package org.grassroots.core.internal.modules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.karaf.features.Capability;
import org.apache.karaf.features.Feature;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleCategory;
import org.grassroots.core.api.module.ModuleInfo;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleState;

/**
 * A Karaf feature that is an action module: named {@code grassroots-<id>} and declaring the capability
 * {@code grassroots.module;grassroots.module=<id>[;zhCN="…"][;en="…"][;descriptionZhCN="…"][;category=…]}. The
 * optional attributes label the module while its classes are not running (available, failed); the feature's own
 * description is the English one.
 */
record ModuleFeature(String id, Feature feature, LocalizedText name, LocalizedText description, ModuleCategory category) {
    static final String NAME_PREFIX = "grassroots-";

    static Optional<ModuleFeature> of(Feature feature) {
        if (!feature.getName().startsWith(NAME_PREFIX)) {
            return Optional.empty();
        }
        for (Capability capability : feature.getCapabilities()) {
            Map<String, String> clause = parse(capability.getValue());
            String id = clause.get(ModuleRegistry.FEATURE_CAPABILITY);
            if (clause.containsKey("") && ModuleRegistry.FEATURE_CAPABILITY.equals(clause.get(""))
                    && id != null && feature.getName().equals(NAME_PREFIX + id)) {
                String fallback = feature.getDescription() == null ? id : feature.getDescription();
                LocalizedText name = LocalizedText.of(clause.getOrDefault("zhCN", fallback), clause.getOrDefault("en", fallback));
                // a Chinese reader never sees the English feature text: without descriptionZhCN, the Chinese name
                String english = feature.getDescription() == null ? "" : feature.getDescription();
                LocalizedText description = LocalizedText.of(clause.getOrDefault("descriptionZhCN", name.zhCN()), english);
                return Optional.of(new ModuleFeature(id, feature, name, description, category(clause.get("category"))));
            }
        }
        return Optional.empty();
    }

    String version() {
        return feature.getVersion();
    }

    /** The registry's entry of this module while its classes do not run (available, failed). */
    ModuleInfo info(ModuleState state, String reason) {
        return new ModuleInfo(id, name, version(), description, category, state, reason, List.of(), null, List.of());
    }

    private static ModuleCategory category(String text) {
        if (text == null) {
            return ModuleCategory.OTHER;
        }
        try {
            return ModuleCategory.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return ModuleCategory.OTHER;
        }
    }

    /**
     * Parses one capability clause ({@code namespace;attr=value;attr:Type="value"}); the namespace is stored under
     * the empty key. Values may be quoted; typed attributes keep their plain name.
     */
    static Map<String, String> parse(String clause) {
        Map<String, String> result = new LinkedHashMap<>();
        if (clause == null) {
            return result;
        }
        int i = 0;
        int n = clause.length();
        boolean first = true;
        while (i < n) {
            StringBuilder part = new StringBuilder();
            boolean quoted = false;
            for (; i < n; i++) {
                char c = clause.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ';' && !quoted) {
                    break;
                }
                part.append(c);
            }
            i++;
            String text = part.toString().trim();
            if (first) {
                result.put("", text);
                first = false;
                continue;
            }
            int eq = text.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = text.substring(0, eq).trim();
            if (key.endsWith(":")) {
                key = key.substring(0, key.length() - 1);
            }
            int colon = key.indexOf(':');
            if (colon > 0) {
                key = key.substring(0, colon);
            }
            String value = text.substring(eq + 1).trim();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            result.put(key.trim(), value);
        }
        return result;
    }
}
