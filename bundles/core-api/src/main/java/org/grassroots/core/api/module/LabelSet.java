package org.grassroots.core.api.module;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labels of one set of codes a user can see, e.g. {@code industrial.RequestStatus}: code → zh-CN and English.
 * A module lists its sets in its {@link ModuleDescriptor}; {@code GET /api/core/labels} serves them with core's own
 * to the console (its kit's {@code labels} helper), so module pages never keep their own copies.
 *
 * @param id     {@code <module id>.<name>}, stable (console pages look labels up by it)
 * @param labels code → label, in the order the console lists them (e.g. in a select)
 */
public record LabelSet(String id, Map<String, LocalizedText> labels) {
    public LabelSet {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }
}
