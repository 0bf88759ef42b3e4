-- Affairs v4: committee terms (换届). A Party organization's term (任期) with its committee members and their posts,
-- the elections that start a new term (method, attendance, candidates and votes), and the requests to the level
-- above for an early or delayed election. Units and members are core ids only; ORG_PATH as in v1. Portable SQL
-- (Derby, PostgreSQL).
CREATE TABLE AFF_TERM (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    STARTED_ON      DATE          NOT NULL,
    ENDS_ON         DATE          NOT NULL,
    ENDED_ON        DATE,
    YEARS           INTEGER       NOT NULL,
    COMMITTEE       SMALLINT      NOT NULL,
    SECRETARY_ID    BIGINT,
    ELECTION_ID     BIGINT,
    RECORDED_BY     VARCHAR(100)  NOT NULL,
    RECORDED_AT     TIMESTAMP     NOT NULL,
    VERSION         BIGINT        NOT NULL
);
-- the due and overdue lists of a subtree read the current terms (ENDED_ON null) by their end
CREATE INDEX AFF_TERM_PATH_IX ON AFF_TERM (ORG_PATH, ENDED_ON, ENDS_ON);
CREATE INDEX AFF_TERM_ORG_IX ON AFF_TERM (ORGANIZATION_ID, ENDED_ON);
-- the committee of a term: one line per member with the post (书记, 副书记, 组织委员 …)
CREATE TABLE AFF_TERM_MEMBER (
    TERM_ID         BIGINT        NOT NULL,
    MEMBER_ID       BIGINT        NOT NULL,
    POST            VARCHAR(24)   NOT NULL,
    PRIMARY KEY (TERM_ID, MEMBER_ID)
);
CREATE INDEX AFF_TERM_MEMBER_IX ON AFF_TERM_MEMBER (MEMBER_ID);
CREATE TABLE AFF_ELECTION (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    HELD_ON         DATE          NOT NULL,
    YEAR_OF         INTEGER       NOT NULL,
    METHOD          VARCHAR(24)   NOT NULL,
    TIMING          VARCHAR(16)   NOT NULL,
    REQUEST_ID      BIGINT,
    ENTITLED        INTEGER       NOT NULL,
    PRESENT         INTEGER       NOT NULL,
    SEATS           INTEGER       NOT NULL,
    CANDIDATES      INTEGER       NOT NULL,
    VALID           SMALLINT      NOT NULL,
    TERM_ID         BIGINT,
    RECORDED_BY     VARCHAR(100)  NOT NULL,
    RECORDED_AT     TIMESTAMP     NOT NULL,
    VERSION         BIGINT        NOT NULL
);
CREATE INDEX AFF_ELECTION_PATH_IX ON AFF_ELECTION (ORG_PATH, YEAR_OF);
-- every candidate with the votes received; ELECTED for those who won a seat, POST given by the new committee
CREATE TABLE AFF_ELECTION_CANDIDATE (
    ELECTION_ID     BIGINT        NOT NULL,
    MEMBER_ID       BIGINT        NOT NULL,
    VOTES           INTEGER       NOT NULL,
    ELECTED         SMALLINT      NOT NULL,
    POST            VARCHAR(24),
    PRIMARY KEY (ELECTION_ID, MEMBER_ID)
);
-- 提前或延期换届: asked of the level above, approved or refused
CREATE TABLE AFF_TERM_REQUEST (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    TERM_ID         BIGINT        NOT NULL,
    KIND            VARCHAR(16)   NOT NULL,
    PLANNED_ON      DATE          NOT NULL,
    REASON          VARCHAR(500)  NOT NULL,
    STATUS          VARCHAR(16)   NOT NULL,
    DECISION_NOTE   VARCHAR(500),
    REQUESTED_BY    VARCHAR(100)  NOT NULL,
    REQUESTED_AT    TIMESTAMP     NOT NULL,
    DECIDED_BY      VARCHAR(100),
    DECIDED_AT      TIMESTAMP,
    VERSION         BIGINT        NOT NULL
);
CREATE INDEX AFF_TERM_REQUEST_PATH_IX ON AFF_TERM_REQUEST (ORG_PATH, STATUS);
