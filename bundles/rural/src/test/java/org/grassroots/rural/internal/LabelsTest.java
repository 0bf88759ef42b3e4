package org.grassroots.rural.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.grassroots.core.api.module.LabelSet;
import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.StatisticDefinition;
import org.junit.jupiter.api.Test;

/** No code of the module reaches a screen without its zh-CN and English label. */
class LabelsTest {
    private final ModuleDescriptor descriptor = RuralModule.describe("1.0.0");

    /** Every enum of the module is something users see (pages, sheets, the dashboard): both labels, served. */
    @Test
    void everyEnumOfTheModuleIsLabelledAndServed() throws Exception {
        Set<String> served = new HashSet<>();
        descriptor.labels().forEach(set -> served.add(set.id()));
        List<Class<?>> enums = enums();
        assertFalse(enums.isEmpty());
        for (Class<?> type : enums) {
            assertTrue(Labelled.class.isAssignableFrom(type), type + " is Labelled");
            assertTrue(served.contains(RuralModule.ID + "." + type.getSimpleName()), type + " is in the descriptor's label sets");
            for (Object constant : type.getEnumConstants()) {
                LocalizedText text = ((Labelled) constant).labels();
                assertFalse(text.zhCN().isBlank() || text.en().isBlank(), type.getSimpleName() + "." + constant);
            }
        }
        for (LabelSet set : descriptor.labels()) {
            assertTrue(set.id().startsWith(RuralModule.ID + "."), set.id());
        }
    }

    /** The breakdown keys the statistics provider emits that are not enum codes or data have declared labels. */
    @Test
    void fixedBreakdownKeysAreDeclared() {
        Set<String> declared = new HashSet<>();
        for (StatisticDefinition definition : descriptor.statistics()) {
            definition.breakdownLabels().forEach((key, label) -> {
                assertFalse(label.zhCN().isBlank() || label.en().isBlank(), definition.id() + " " + key);
                declared.add(key);
            });
        }
        for (String key : List.of("villages", "visited", "paired", "activePairingsWithNeeds", "income", "previousIncome")) {
            assertTrue(declared.contains(key), key + " is declared in " + declared);
        }
    }

    private static List<Class<?>> enums() throws Exception {
        Path root = Path.of(org.grassroots.rural.internal.TaskStatus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> enums = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(name.substring(0, name.length() - 6), false, LabelsTest.class.getClassLoader());
                if (type.isEnum() && !type.isAnonymousClass()) {
                    enums.add(type);
                }
            }
        }
        return enums;
    }
}
