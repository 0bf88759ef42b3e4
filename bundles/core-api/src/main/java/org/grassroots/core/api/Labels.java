package org.grassroots.core.api;

import java.util.Locale;
import java.util.function.Function;

/** Parses an enum constant from its name or its Chinese label, the two spellings users type. */
final class Labels {
    private Labels() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, Function<E, String> label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t) || label.apply(e).equals(t)
                    || e.name().replace("_", "").equalsIgnoreCase(t.replace("-", "").replace("_", "").toUpperCase(Locale.ROOT))) {
                return e;
            }
        }
        return null;
    }
}
