-- Core schema v33.26 (issue 26, several nodes). CORE_JOB_RUN: one row per scheduled job and period, written by the node that claims
-- the period; the primary key lets exactly one node's INSERT succeed, so a job runs once per period in the cluster.
-- FINISHED_AT stays empty while the run is under way: no node starts the job again meanwhile. Portable SQL.

CREATE TABLE CORE_JOB_RUN (
    JOB          VARCHAR(100) NOT NULL,
    PERIOD_START TIMESTAMP    NOT NULL,
    NODE         VARCHAR(200) NOT NULL,
    STARTED_AT   TIMESTAMP    NOT NULL,
    FINISHED_AT  TIMESTAMP,
    PRIMARY KEY (JOB, PERIOD_START)
);

-- The progress of an import and, once it ended, its report, so that a poll answered by any node sees it (the node
-- that runs the import writes it about once a second). Rows older than a day are deleted by the next import.
CREATE TABLE CORE_IMPORT_JOB (
    ID             VARCHAR(36)  NOT NULL PRIMARY KEY,
    KIND           VARCHAR(16)  NOT NULL,
    PHASE          VARCHAR(16)  NOT NULL,
    PROCESSED_ROWS INTEGER      NOT NULL,
    TOTAL_ROWS     INTEGER      NOT NULL,
    REPORT_ROWS    INTEGER,
    IMPORTED       INTEGER,
    COMMITTED      BOOLEAN,
    NODE           VARCHAR(200) NOT NULL,
    CREATED_AT     TIMESTAMP    NOT NULL,
    UPDATED_AT     TIMESTAMP    NOT NULL
);

CREATE TABLE CORE_IMPORT_ERROR (
    JOB_ID      VARCHAR(36)   NOT NULL,
    POS         INTEGER       NOT NULL,
    ROW_NO      INTEGER       NOT NULL,
    COLUMN_NAME VARCHAR(200),
    REASON      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (JOB_ID, POS)
);
