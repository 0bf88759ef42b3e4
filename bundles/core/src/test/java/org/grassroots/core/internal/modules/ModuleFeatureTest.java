package org.grassroots.core.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ModuleFeatureTest {
    @Test
    void parsesTheMarkerCapabilityWithQuotedChineseLabels() {
        Map<String, String> clause = ModuleFeature.parse(
                "grassroots.module;grassroots.module=industrial;zhCN=\"工业社区\";en=\"Industrial community\";category=FORTRESS");
        assertEquals("grassroots.module", clause.get(""));
        assertEquals("industrial", clause.get("grassroots.module"));
        assertEquals("工业社区", clause.get("zhCN"));
        assertEquals("Industrial community", clause.get("en"));
        assertEquals("FORTRESS", clause.get("category"));
    }

    @Test
    void keepsSemicolonsInsideQuotesAndDropsAttributeTypes() {
        Map<String, String> clause = ModuleFeature.parse("osgi.service;objectClass:List<String>=\"a;b\";effective:=active");
        assertEquals("osgi.service", clause.get(""));
        assertEquals("a;b", clause.get("objectClass"));
        assertEquals("active", clause.get("effective"));
    }

    @Test
    void emptyOrMissingClauseGivesNothing() {
        assertTrue(ModuleFeature.parse(null).isEmpty());
        assertTrue(ModuleFeature.parse("").isEmpty());
    }
}
