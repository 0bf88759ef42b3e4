package org.grassroots.education.internal;


/**
 * The module's state machines, the one place that says which step is allowed when.
 * <pre>
 * site:    (propose) → PROPOSED ─approve→ APPROVED ─retire→ RETIRED   (not while in a published route)
 *                       PROPOSED ─reject→ REJECTED ─resubmit→ PROPOSED
 * session: PLANNED ─hold (attendance)→ HELD ─archive→ ARCHIVED;  HELD ─correct→ HELD;  PLANNED ─cancel→ CANCELLED
 * course:  DRAFT ─publish→ PUBLISHED ─withdraw→ WITHDRAWN ─revise→ DRAFT   (materials and questions change in DRAFT only)
 * </pre>
 */
final class Workflows {
    static final StateMachine<SiteStatus, SiteAction> SITE = new StateMachine<SiteStatus, SiteAction>("record.site")
            .rule(SiteAction.APPROVE, SiteStatus.APPROVED, SiteStatus.PROPOSED)
            .rule(SiteAction.REJECT, SiteStatus.REJECTED, SiteStatus.PROPOSED)
            .rule(SiteAction.RESUBMIT, SiteStatus.PROPOSED, SiteStatus.REJECTED)
            .rule(SiteAction.RETIRE, SiteStatus.RETIRED, SiteStatus.APPROVED);

    static final StateMachine<SessionStatus, SessionAction> SESSION = new StateMachine<SessionStatus, SessionAction>("record.session")
            .rule(SessionAction.HOLD, SessionStatus.HELD, SessionStatus.PLANNED)
            .rule(SessionAction.CORRECT, SessionStatus.HELD, SessionStatus.HELD)
            .rule(SessionAction.ARCHIVE, SessionStatus.ARCHIVED, SessionStatus.HELD)
            .rule(SessionAction.CANCEL, SessionStatus.CANCELLED, SessionStatus.PLANNED);

    static final StateMachine<CourseStatus, CourseAction> COURSE = new StateMachine<CourseStatus, CourseAction>("record.course")
            .rule(CourseAction.PUBLISH, CourseStatus.PUBLISHED, CourseStatus.DRAFT)
            .rule(CourseAction.WITHDRAW, CourseStatus.WITHDRAWN, CourseStatus.PUBLISHED)
            .rule(CourseAction.REVISE, CourseStatus.DRAFT, CourseStatus.WITHDRAWN);

    private Workflows() {
    }
}
