package org.grassroots.rural.internal.match;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Keyword lists as people type them: separated by commas, semicolons, 、 or spaces (Chinese or Latin). */
public final class Keywords {
    private Keywords() {
    }

    public static Set<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,，;；、\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Stored form: {@code ;a;b;} so one keyword can be found with {@code LIKE '%;a;%'}. */
    public static String store(Set<String> keywords) {
        return keywords.isEmpty() ? ";" : ";" + String.join(";", keywords) + ";";
    }

    public static Set<String> load(String stored) {
        return parse(stored);
    }
}
