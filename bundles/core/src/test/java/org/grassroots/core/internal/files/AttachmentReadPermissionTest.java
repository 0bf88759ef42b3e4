package org.grassroots.core.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which permission reads a file, by where the caller's scope lies against the file's unit. */
class AttachmentReadPermissionTest {
    private static AttachmentEntity file(String unitPath, String readBelow) {
        AttachmentEntity a = new AttachmentEntity();
        a.unitPath = unitPath;
        a.readPermission = "education.read";
        a.readBelowPermission = readBelow;
        return a;
    }

    @Test
    void inScopeTheReadPermissionBelowTheReadBelowPermissionElsewhereNothing() {
        AttachmentEntity course = file("/1/7/", "education.own");
        assertEquals("education.read", AttachmentStoreImpl.readPermission(course, null), "a caller who sees everything");
        assertEquals("education.read", AttachmentStoreImpl.readPermission(course, "/1/"), "the unit in the caller's scope");
        assertEquals("education.read", AttachmentStoreImpl.readPermission(course, "/1/7/"));
        assertEquals("education.own", AttachmentStoreImpl.readPermission(course, "/1/7/42/"), "a member below the unit");
        assertNull(AttachmentStoreImpl.readPermission(course, "/1/8/"), "another street");
        assertNull(AttachmentStoreImpl.readPermission(course, "/1/70/"), "a path that only shares characters");
        assertNull(AttachmentStoreImpl.readPermission(file("/1/7/", null), "/1/7/42/"), "a file not shared below");
    }
}
