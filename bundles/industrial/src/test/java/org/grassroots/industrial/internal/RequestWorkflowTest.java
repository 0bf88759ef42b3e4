package org.grassroots.industrial.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.ValidationException;
import org.grassroots.industrial.RequestAction;
import org.grassroots.industrial.RequestStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RequestWorkflowTest {
    private static final WorkflowStep TO_DEPARTMENT = new WorkflowStep(null, "园区政务服务中心", null, null, null, null, null);
    private static final WorkflowStep RESOLUTION = new WorkflowStep(null, null, "已办结", null, null, null, null);

    private static WorkflowStep rating(Integer rating) {
        return new WorkflowStep(null, null, null, rating, "满意", null, null);
    }

    private static WorkflowStep reason(String reason) {
        return new WorkflowStep(null, null, null, null, null, reason, null);
    }

    @Test
    void theMainPathRunsFromSubmittedToRated() {
        RequestStatus s = RequestStatus.SUBMITTED;
        s = RequestWorkflow.next(1, s, RequestAction.ASSIGN, TO_DEPARTMENT);
        assertEquals(RequestStatus.ASSIGNED, s);
        s = RequestWorkflow.next(1, s, RequestAction.START, null);
        assertEquals(RequestStatus.IN_PROGRESS, s);
        s = RequestWorkflow.next(1, s, RequestAction.RESOLVE, RESOLUTION);
        assertEquals(RequestStatus.RESOLVED, s);
        s = RequestWorkflow.next(1, s, RequestAction.RATE, rating(5));
        assertEquals(RequestStatus.RATED, s);
        assertEquals(List.of(), RequestWorkflow.allowed(s));
    }

    @Test
    void theEnterpriseReopensAResolvedRequestWhichIsTakenUpAgain() {
        RequestStatus s = RequestWorkflow.next(1, RequestStatus.RESOLVED, RequestAction.REOPEN, reason("没解决"));
        assertEquals(RequestStatus.REOPENED, s);
        assertEquals(List.of(RequestAction.ASSIGN, RequestAction.START), RequestWorkflow.allowed(s));
        assertEquals(RequestStatus.IN_PROGRESS, RequestWorkflow.next(1, s, RequestAction.START, null));
        assertEquals(RequestStatus.ASSIGNED, RequestWorkflow.next(1, s, RequestAction.ASSIGN, TO_DEPARTMENT));
    }

    @Test
    void aRatedRequestCannotBeReopenedAndTheConflictSaysWhy() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> RequestWorkflow.next(7, RequestStatus.RATED, RequestAction.REOPEN, reason("again")));
        assertTrue(e.getMessage().contains("RATED") && e.getMessage().contains("reopened")
                && e.getMessage().contains("closed"), e.getMessage());
        assertEquals(409, e.status());
    }

    @Test
    void skippingAStepIsAConflictNamingWhatIsAllowed() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> RequestWorkflow.next(3, RequestStatus.SUBMITTED, RequestAction.RESOLVE, RESOLUTION));
        assertTrue(e.getMessage().contains("allowed: assign"), e.getMessage());
        assertThrows(ConflictException.class, () -> RequestWorkflow.next(3, RequestStatus.IN_PROGRESS, RequestAction.RATE, rating(4)));
        assertThrows(ConflictException.class, () -> RequestWorkflow.next(3, RequestStatus.ASSIGNED, RequestAction.REOPEN, reason("x")));
    }

    @ParameterizedTest
    @EnumSource(RequestStatus.class)
    void submittingIsNeverATransition(RequestStatus status) {
        assertThrows(ConflictException.class, () -> RequestWorkflow.next(1, status, RequestAction.SUBMIT, null));
    }

    @Test
    void eachActionRequiresItsFields() {
        assertEquals("assigneeMemberId", field(() -> RequestWorkflow.next(1, RequestStatus.SUBMITTED, RequestAction.ASSIGN, null)));
        assertEquals("resolution", field(() -> RequestWorkflow.next(1, RequestStatus.IN_PROGRESS, RequestAction.RESOLVE,
                new WorkflowStep(null, null, "  ", null, null, null, null))));
        assertEquals("rating", field(() -> RequestWorkflow.next(1, RequestStatus.RESOLVED, RequestAction.RATE, rating(6))));
        assertEquals("rating", field(() -> RequestWorkflow.next(1, RequestStatus.RESOLVED, RequestAction.RATE, rating(0))));
        assertEquals("rating", field(() -> RequestWorkflow.next(1, RequestStatus.RESOLVED, RequestAction.RATE, rating(null))));
        assertEquals("reason", field(() -> RequestWorkflow.next(1, RequestStatus.RESOLVED, RequestAction.REOPEN, reason(null))));
        // a member alone is enough to assign
        assertEquals(RequestStatus.ASSIGNED, RequestWorkflow.next(1, RequestStatus.SUBMITTED, RequestAction.ASSIGN,
                new WorkflowStep(42L, null, null, null, null, null, null)));
    }

    @Test
    void theStateIsCheckedBeforeTheFields() {
        // a wrong state answers 409 even when the body is incomplete too
        assertThrows(ConflictException.class, () -> RequestWorkflow.next(1, RequestStatus.RATED, RequestAction.RATE, rating(null)));
    }

    @Test
    void theHistoryNoteSaysWhatHappened() {
        assertEquals("→ 园区政务服务中心", RequestWorkflow.note(RequestAction.ASSIGN, TO_DEPARTMENT));
        assertEquals("4/5 满意", RequestWorkflow.note(RequestAction.RATE, rating(4)));
        assertEquals("已办结 — 电话回访", RequestWorkflow.note(RequestAction.RESOLVE,
                new WorkflowStep(null, null, "已办结", null, null, null, "电话回访")));
    }

    private static String field(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(ValidationException.class, call).errors().get(0).field();
    }
}
