-- Core schema v33.26 (issue 26, several nodes): one row per scheduled job and period, written by the node that claims
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
