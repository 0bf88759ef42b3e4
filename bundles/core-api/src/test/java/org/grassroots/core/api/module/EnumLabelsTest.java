package org.grassroots.core.api.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.grassroots.core.api.Sex;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.security.Role;
import org.junit.jupiter.api.Test;

class EnumLabelsTest {
    /** Every enum of core-api is something a user can see: each constant has a Chinese and an English label. */
    @Test
    void everyEnumOfCoreApiHasBothLabels() throws Exception {
        List<Class<?>> enums = enumsBeside(Sex.class);
        assertTrue(enums.size() >= 12, "found the enums of core-api: " + enums);
        for (Class<?> type : enums) {
            assertTrue(Labelled.class.isAssignableFrom(type), type + " is Labelled");
            for (Object constant : type.getEnumConstants()) {
                LocalizedText text = ((Labelled) constant).labels();
                assertFalse(text.zhCN() == null || text.zhCN().isBlank(), type.getSimpleName() + "." + constant + " zh-CN");
                assertFalse(text.en() == null || text.en().isBlank(), type.getSimpleName() + "." + constant + " en");
            }
        }
    }

    /** The enum classes compiled in the same classes folder (or jar-less test run) as {@code anchor}. */
    public static List<Class<?>> enumsBeside(Class<?> anchor) throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> enums = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        anchor.getClassLoader());
                if (type.isEnum()) {
                    enums.add(type);
                }
            }
        }
        return enums;
    }

    @Test
    void labelsAreInDeclarationOrder() {
        Map<String, LocalizedText> labels = EnumLabels.of(UnitType.class);
        assertEquals("DISTRICT", labels.keySet().iterator().next());
        assertEquals(LocalizedText.of("街道", "Street"), labels.get("STREET"));
        assertEquals("core.UnitType", EnumLabels.set("core", UnitType.class).id());
        assertEquals("男", Sex.MALE.label());
    }

    @Test
    void permissionsAreGrantedToRoles() {
        PermissionDefinition p = PermissionDefinition.of("x.read", LocalizedText.of("读", "Read"), Role.UNIT_ADMIN, Role.SECRETARY);
        assertEquals(Set.of(Role.UNIT_ADMIN, Role.SECRETARY), p.grantedTo());
    }

    /** A module compiled against API 1.2 passes role names: known names still work, an unknown one fails loudly. */
    @Test
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void roleNamesOfOlderModulesAreConvertedOrRefused() {
        Set names = Set.of("DISTRICT_ADMIN");
        assertEquals(Set.of(Role.DISTRICT_ADMIN), new PermissionDefinition("x.read", LocalizedText.of("读", "Read"), names).grantedTo());
        Set unknown = Set.of("PARTY_WORKER");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PermissionDefinition("x.read", LocalizedText.of("读", "Read"), unknown));
        assertTrue(e.getMessage().contains("PARTY_WORKER"), e.getMessage());
    }

    @Test
    void declaredBreakdownLabelsFillInWhatTheFigureLacks() {
        Statistic s = new Statistic("x", LocalizedText.of("甲", "A"), 3, "count", Map.of("A", 1.0, "B", 2.0),
                Map.of("B", LocalizedText.of("乙（数据）", "B (data)")));
        Statistic labelled = s.withDefaultLabels(Map.of("A", LocalizedText.of("甲", "A"), "B", LocalizedText.of("乙", "B"),
                "C", LocalizedText.of("丙", "C")));
        assertEquals(Map.of("A", LocalizedText.of("甲", "A"), "B", LocalizedText.of("乙（数据）", "B (data)")), labelled.labels());
    }
}
