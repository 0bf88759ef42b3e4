package org.grassroots.dues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A kept import row is matched or dismissed once; after that it allows nothing. */
class UnmatchedPaymentsTest {
    @Test
    void aWaitingRowIsMatchedOrDismissedOnce() {
        assertEquals(List.of(UnmatchedAction.MATCH, UnmatchedAction.DISMISS), UnmatchedPayments.allowed(UnmatchedStatus.OPEN));
        assertEquals(List.of(), UnmatchedPayments.allowed(UnmatchedStatus.MATCHED));
        assertEquals(List.of(), UnmatchedPayments.allowed(UnmatchedStatus.DISMISSED));
    }

    @Test
    void refusalsReadInBothLanguages() {
        assertEquals("cannot Match a row that is Matched",
                DuesText.TEXT.in(java.util.Locale.ENGLISH, "unmatched.illegal", UnmatchedAction.MATCH, UnmatchedStatus.MATCHED));
        assertEquals("已匹配的记录不能手工匹配",
                DuesText.TEXT.in(java.util.Locale.CHINESE, "unmatched.illegal", UnmatchedAction.MATCH, UnmatchedStatus.MATCHED));
    }
}
