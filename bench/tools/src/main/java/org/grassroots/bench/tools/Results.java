package org.grassroots.bench.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** bench/run's results file: a TSV of {@code key value}, a key repeated once per run; statistics over a key's runs. */
final class Results {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    Results(List<String> lines) {
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                values.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
            }
        }
    }

    /** The file's results; none when it does not exist (that database was not measured). */
    static Results read(Path file) throws IOException {
        return new Results(Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of());
    }

    Set<String> keys() {
        return values.keySet();
    }

    /** The numeric values of a key, smallest first (text values, e.g. reasons, are left out). */
    List<Double> numbers(String key) {
        List<Double> out = new ArrayList<>();
        for (String v : values.getOrDefault(key, List.of())) {
            try {
                out.add(Double.parseDouble(v.trim()));
            } catch (NumberFormatException e) {
                // text values (reasons) are shown elsewhere
            }
        }
        out.sort(Double::compare);
        return out;
    }

    Double median(String key) {
        List<Double> n = numbers(key);
        if (n.isEmpty()) {
            return null;
        }
        int m = n.size() / 2;
        return n.size() % 2 == 1 ? n.get(m) : (n.get(m - 1) + n.get(m)) / 2;
    }

    /** The last value of a key, or null. */
    String text(String key) {
        List<String> v = values.get(key);
        return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
    }

    /** Every value of a key, in the order recorded. */
    List<String> texts(String key) {
        return values.getOrDefault(key, List.of());
    }

    static String fmt(Double v) {
        if (v == null) {
            return "–";
        }
        double a = Math.abs(v);
        return a >= 100 ? String.format("%,.0f", v) : a >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }
}
