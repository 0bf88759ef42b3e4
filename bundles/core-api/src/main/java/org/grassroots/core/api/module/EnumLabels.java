package org.grassroots.core.api.module;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Code-to-label maps built from {@link Labelled} enums, in declaration order. */
public final class EnumLabels {
    private EnumLabels() {
    }

    /** Every constant of the enum by its name, with its labels. */
    public static <E extends Enum<E> & Labelled> Map<String, LocalizedText> of(Class<E> type) {
        Map<String, LocalizedText> labels = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            labels.put(constant.name(), constant.labels());
        }
        return Collections.unmodifiableMap(labels);
    }

    /** The label set of an enum, named {@code <prefix>.<SimpleName>} (e.g. {@code industrial.RequestStatus}). */
    public static <E extends Enum<E> & Labelled> LabelSet set(String prefix, Class<E> type) {
        return new LabelSet(prefix + "." + type.getSimpleName(), of(type));
    }
}
