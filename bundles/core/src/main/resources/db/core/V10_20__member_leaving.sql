-- Core schema v10.20 (issue 20): members who left the roll. CORE_MEMBER.STATUS may now be LEFT (set only by
-- MemberService.leave); each time a member leaves (and, after a suspension, comes back) is one CORE_MEMBER_LEAVING
-- row, never deleted. Lists leave LEFT members out by default, so the list index also carries STATUS: the page's ids
-- still come from the index alone. Portable SQL (Derby 10.14 and PostgreSQL). Numbered 10.20 so that a V10 of a
-- parallel branch does not collide (migrations run out of order).

INSERT INTO CORE_SEQUENCE (SEQ_NAME, SEQ_COUNT) VALUES ('LEAVING', 0);

CREATE TABLE CORE_MEMBER_LEAVING (
    ID            BIGINT       NOT NULL PRIMARY KEY,
    MEMBER_ID     BIGINT       NOT NULL,
    REASON        VARCHAR(20)  NOT NULL,
    LEFT_ON       DATE         NOT NULL,
    NOTE          VARCHAR(500),
    STATUS_BEFORE VARCHAR(16)  NOT NULL,
    RESTORED_ON   DATE,
    RECORDED_BY   VARCHAR(100) NOT NULL,
    RECORDED_AT   TIMESTAMP    NOT NULL
);
CREATE INDEX CORE_MEMBER_LEAVING_MEMBER_IX ON CORE_MEMBER_LEAVING (MEMBER_ID, ID);

DROP INDEX CORE_MEMBER_ORG_PATH_IX;
CREATE INDEX CORE_MEMBER_ORG_PATH_IX ON CORE_MEMBER (ORG_PATH, NAME, ID, STATUS);
