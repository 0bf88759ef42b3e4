package org.grassroots.rolemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A sheet names a code as people write it: its Chinese label or its name, nothing else. */
class ImportCodesTest {
    @Test
    void aCodeIsReadByItsChineseLabelOrItsName() {
        assertEquals(Campaign.PRACTICAL_THINGS, RoleModelImports.parse(Campaign.class, Campaign.PRACTICAL_THINGS.labels().zhCN()));
        assertEquals(SubjectKind.MEMBER, RoleModelImports.parse(SubjectKind.class, " 党员 "));
        assertEquals(ModelField.RURAL_REVITALIZATION, RoleModelImports.parse(ModelField.class, "rural_revitalization"));
        assertNull(RoleModelImports.parse(ModelField.class, "Rural revitalization"));
        assertNull(RoleModelImports.parse(SubjectKind.class, "群众"));
    }
}
