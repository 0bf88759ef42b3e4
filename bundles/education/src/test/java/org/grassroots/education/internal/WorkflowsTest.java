package org.grassroots.education.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.grassroots.core.api.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkflowsTest {
    @Test
    void aSiteIsProposedReviewedAndRetired() {
        assertEquals(SiteStatus.APPROVED, Workflows.SITE.next(1, SiteStatus.PROPOSED, SiteAction.APPROVE));
        assertEquals(SiteStatus.REJECTED, Workflows.SITE.next(1, SiteStatus.PROPOSED, SiteAction.REJECT));
        assertEquals(SiteStatus.PROPOSED, Workflows.SITE.next(1, SiteStatus.REJECTED, SiteAction.RESUBMIT));
        assertEquals(SiteStatus.RETIRED, Workflows.SITE.next(1, SiteStatus.APPROVED, SiteAction.RETIRE));
    }

    @Test
    void eachSiteStateAllowsExactlyItsSteps() {
        assertEquals(List.of(SiteAction.APPROVE, SiteAction.REJECT), Workflows.SITE.allowed(SiteStatus.PROPOSED));
        assertEquals(List.of(SiteAction.RETIRE), Workflows.SITE.allowed(SiteStatus.APPROVED));
        assertEquals(List.of(SiteAction.RESUBMIT), Workflows.SITE.allowed(SiteStatus.REJECTED));
        assertEquals(List.of(), Workflows.SITE.allowed(SiteStatus.RETIRED));
        // proposing is creating: never a step on an existing site
        for (SiteStatus s : SiteStatus.values()) {
            assertFalse(Workflows.SITE.allows(s, SiteAction.PROPOSE), s.name());
        }
    }

    @Test
    void anIllegalStepIsAConflictNamingTheStateAndTheAllowedStepsInBothLanguages() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> Workflows.SITE.next(42, SiteStatus.APPROVED, SiteAction.APPROVE));
        String zh = e.message(Locale.SIMPLIFIED_CHINESE);
        String en = e.message(Locale.ENGLISH);
        assertTrue(zh.contains("实践教学点 42 当前为“已通过”"), zh);
        assertTrue(zh.contains("可进行的操作：撤销"), zh);
        assertTrue(en.contains("Practice teaching site 42 is Approved"), en);
        assertTrue(en.contains("allowed: Retire"), en);
        ConflictException closed = assertThrows(ConflictException.class,
                () -> Workflows.SITE.next(7, SiteStatus.RETIRED, SiteAction.RESUBMIT));
        assertTrue(closed.message(Locale.ENGLISH).contains("allowed: nothing"), closed.message(Locale.ENGLISH));
        assertTrue(closed.message(Locale.SIMPLIFIED_CHINESE).contains("可进行的操作：无"), closed.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aSessionIsPlannedHeldCorrectedAndArchived() {
        SessionStatus s = SessionStatus.PLANNED;
        s = Workflows.SESSION.next(1, s, SessionAction.HOLD);
        assertEquals(SessionStatus.HELD, s);
        s = Workflows.SESSION.next(1, s, SessionAction.CORRECT);
        assertEquals(SessionStatus.HELD, s);
        s = Workflows.SESSION.next(1, s, SessionAction.ARCHIVE);
        assertEquals(SessionStatus.ARCHIVED, s);
        assertEquals(List.of(), Workflows.SESSION.allowed(s));
        assertEquals(SessionStatus.CANCELLED, Workflows.SESSION.next(2, SessionStatus.PLANNED, SessionAction.CANCEL));
    }

    @ParameterizedTest
    @EnumSource(value = SessionStatus.class, names = {"HELD", "ARCHIVED", "CANCELLED"})
    void onlyAPlannedSessionCanBeCancelledOrHeld(SessionStatus status) {
        assertThrows(ConflictException.class, () -> Workflows.SESSION.next(3, status, SessionAction.CANCEL));
        assertThrows(ConflictException.class, () -> Workflows.SESSION.next(3, status, SessionAction.HOLD));
    }

    @Test
    void attendanceIsCorrectedOnlyWhileHeld() {
        assertThrows(ConflictException.class, () -> Workflows.SESSION.next(4, SessionStatus.PLANNED, SessionAction.CORRECT));
        ConflictException archived = assertThrows(ConflictException.class,
                () -> Workflows.SESSION.next(4, SessionStatus.ARCHIVED, SessionAction.CORRECT));
        assertTrue(archived.message(Locale.SIMPLIFIED_CHINESE).contains("集中培训 4 当前为“已归档”"), archived.message(Locale.SIMPLIFIED_CHINESE));
    }
}
