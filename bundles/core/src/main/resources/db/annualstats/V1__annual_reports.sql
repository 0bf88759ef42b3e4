-- Annual statistics reports (党内统计年报): one row per unit and year with its workflow status, who prepared,
-- submitted and decided it and when, the figures as prepared (JSON of table id -> key -> count), and the reason of
-- the last return; one event row per step taken. A history of its own (CORE_ANNUAL_SCHEMA_HISTORY), so these
-- tables migrate independently of core's numbered scripts. Portable SQL (Derby 10.14 and PostgreSQL).

CREATE TABLE CORE_ANNUAL_REPORT (
    UNIT_ID       BIGINT         NOT NULL,
    REPORT_YEAR   INTEGER        NOT NULL,
    UNIT_PATH     VARCHAR(1000)  NOT NULL,
    PARENT_ID     BIGINT,
    STATUS        VARCHAR(16)    NOT NULL,
    MEMBERS       BIGINT,
    FIGURES       VARCHAR(32000),
    PREPARED_BY   VARCHAR(100),
    PREPARED_AT   TIMESTAMP,
    SUBMITTED_BY  VARCHAR(100),
    SUBMITTED_AT  TIMESTAMP,
    DECIDED_BY    VARCHAR(100),
    DECIDED_AT    TIMESTAMP,
    RETURN_REASON VARCHAR(500),
    VERSION       BIGINT         NOT NULL,
    PRIMARY KEY (UNIT_ID, REPORT_YEAR)
);
-- the level above's view: the reports of its units for a year
CREATE INDEX CORE_ANNUAL_REPORT_PARENT_IX ON CORE_ANNUAL_REPORT (PARENT_ID, REPORT_YEAR);

CREATE TABLE CORE_ANNUAL_REPORT_EVENT (
    UNIT_ID     BIGINT        NOT NULL,
    REPORT_YEAR INTEGER       NOT NULL,
    SEQ         INTEGER       NOT NULL,
    ACTION      VARCHAR(16)   NOT NULL,
    STATUS      VARCHAR(16)   NOT NULL,
    ACTOR       VARCHAR(100)  NOT NULL,
    OCCURRED_AT TIMESTAMP     NOT NULL,
    REASON      VARCHAR(500),
    PRIMARY KEY (UNIT_ID, REPORT_YEAR, SEQ)
);
