package org.grassroots.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.grassroots.core.api.module.LabelSet;
import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.StatisticDefinition;

/**
 * A module's labels, checked from its unit tests: no code of the module reaches a screen without its zh-CN and
 * English label (docs/module-checklist.md, "UI"). Plain Java: failures are {@link AssertionError}s, so it works
 * under any test framework.
 *
 * <pre>{@code
 * @Test
 * void labels() throws Exception {
 *     ModuleLabelsCheck.check(MyModule.describe("1.0.0"), MyStatus.class, "villages", "visited");
 * }
 * }</pre>
 */
public final class ModuleLabelsCheck {
    private ModuleLabelsCheck() {
    }

    /**
     * Every enum compiled beside {@code anyClassOfTheModule} (its classes folder or jar) is {@link Labelled} with both
     * labels and is served in one of the descriptor's label sets; every label set carries the module's id as prefix;
     * every key of {@code fixedBreakdownKeys} (breakdown keys the statistics emit that are not enum codes or data) is
     * declared with both labels by one of the descriptor's statistics.
     */
    public static void check(ModuleDescriptor descriptor, Class<?> anyClassOfTheModule, String... fixedBreakdownKeys) {
        String prefix = descriptor.id() + ".";
        Set<String> served = new HashSet<>();
        for (LabelSet set : descriptor.labels()) {
            require(set.id().startsWith(prefix), "label set " + set.id() + " does not start with " + prefix);
            served.add(set.id());
        }
        List<Class<?>> enums = enums(anyClassOfTheModule);
        require(!enums.isEmpty(), "no enum found beside " + anyClassOfTheModule.getName());
        for (Class<?> type : enums) {
            require(Labelled.class.isAssignableFrom(type), type.getName() + " is not Labelled");
            require(served.contains(prefix + type.getSimpleName()),
                    type.getName() + " is not in the descriptor's label sets (" + served + ")");
            for (Object constant : type.getEnumConstants()) {
                requireBoth(((Labelled) constant).labels(), type.getSimpleName() + "." + constant);
            }
        }
        Set<String> declared = new HashSet<>();
        for (StatisticDefinition definition : descriptor.statistics()) {
            definition.breakdownLabels().forEach((key, label) -> {
                requireBoth(label, definition.id() + " breakdown " + key);
                declared.add(key);
            });
        }
        for (String key : fixedBreakdownKeys) {
            require(declared.contains(key), "breakdown key " + key + " has no declared label (declared: " + declared + ")");
        }
    }

    /**
     * The module's messages ({@code messages.properties} and {@code messages_zh.properties} beside {@code anchor}, the
     * files core-api's {@code MessageBundle.of(anchor)} reads): the same keys in both, the same arguments ({@code {0}}
     * ...) in both texts of a key, and every Chinese text translated (not ASCII only).
     */
    public static void messages(Class<?> anchor) {
        Properties en = properties(anchor, "messages.properties");
        Properties zh = properties(anchor, "messages_zh.properties");
        require(!en.isEmpty(), "no messages.properties beside " + anchor.getName());
        Set<String> onlyOne = new TreeSet<>(en.stringPropertyNames());
        onlyOne.addAll(zh.stringPropertyNames());
        onlyOne.removeIf(k -> en.containsKey(k) && zh.containsKey(k));
        require(onlyOne.isEmpty(), "messages in one language only: " + onlyOne);
        Pattern argument = Pattern.compile("\\{(\\d+)}");
        for (String key : en.stringPropertyNames()) {
            require(arguments(argument.matcher(en.getProperty(key))).equals(arguments(argument.matcher(zh.getProperty(key)))),
                    key + ": the English and the Chinese text take different arguments");
            require(!zh.getProperty(key).chars().allMatch(c -> c < 128), key + " is not translated into Chinese");
        }
    }

    private static Set<String> arguments(Matcher m) {
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties properties(Class<?> anchor, String name) {
        Properties p = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " beside " + anchor.getName(), e);
        }
        return p;
    }

    private static void requireBoth(LocalizedText text, String what) {
        require(text != null && !text.zhCN().isBlank() && !text.en().isBlank(), what + " lacks its zh-CN or English label");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    /** The enums (not enum constants' bodies) in the classes folder that holds {@code anchor}. */
    private static List<Class<?>> enums(Class<?> anchor) {
        List<Class<?>> enums = new ArrayList<>();
        try {
            Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                    Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                            anchor.getClassLoader());
                    if (type.isEnum() && !type.isAnonymousClass()) {
                        enums.add(type);
                    }
                }
            }
        } catch (URISyntaxException | ClassNotFoundException | java.io.IOException e) {
            throw new AssertionError("cannot list the classes beside " + anchor.getName() + ": " + e, e);
        }
        return enums;
    }
}
