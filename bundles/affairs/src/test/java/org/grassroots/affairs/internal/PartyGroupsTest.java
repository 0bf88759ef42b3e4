package org.grassroots.affairs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.grassroots.core.api.ValidationException;
import org.junit.jupiter.api.Test;

/** A 党小组 has a name, at least one member, no member twice, and its leader among its members. */
class PartyGroupsTest {
    @Test
    void aGroupWithItsLeaderAmongItsMembers() {
        FieldErrors ok = AffairsText.errors();
        assertEquals(List.of(1L, 2L, 3L), List.copyOf(PartyGroups.check(new PartyGroupDraft(9L, "第一党小组", 2L, List.of(1L, 2L, 3L)), ok)));
        assertTrue(ok.isEmpty());
    }

    @Test
    void everyRefusedFieldIsNamed() {
        FieldErrors bad = AffairsText.errors();
        PartyGroups.check(new PartyGroupDraft(9L, " ", 7L, Arrays.asList(1L, 1L, null)), bad);
        ValidationException e = assertThrows(ValidationException.class, bad::throwIfAny);
        assertEquals(List.of("name", "memberIds[1]", "memberIds[2]", "leaderId"), e.errors().stream().map(f -> f.field()).toList());
        FieldErrors empty = AffairsText.errors();
        PartyGroups.check(new PartyGroupDraft(9L, "x", null, null), empty);
        assertEquals(List.of("memberIds", "leaderId"), assertThrows(ValidationException.class, empty::throwIfAny).errors().stream()
                .map(f -> f.field()).toList());
    }
}
