-- Dues v4: covering indexes for opening and settling a month. Opening reads which members already owe for the
-- period (PERIOD, MEMBER_ID); settling looks for the month's unpaid members (MONTH_ID, STATUS, MEMBER_ID) before it
-- reads their runs of unpaid months. Without them both read every due of the table once per organization and month.
-- Portable SQL (Derby, PostgreSQL).
CREATE INDEX DUES_DUE_PERIOD_MEMBER_IX ON DUES_DUE (PERIOD, MEMBER_ID);
CREATE INDEX DUES_DUE_MONTH_STATUS_IX ON DUES_DUE (MONTH_ID, STATUS, MEMBER_ID);

-- Organizations reminded to open a month they had not opened by the opening day (once per organization and month).
CREATE TABLE DUES_OPEN_REMINDER (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    PERIOD          INTEGER       NOT NULL,
    REMINDED_AT     TIMESTAMP     NOT NULL,
    CONSTRAINT DUES_OPEN_REMINDER_UQ UNIQUE (ORGANIZATION_ID, PERIOD)
);

-- Rows of an imported payment file that matched no due, kept for the secretary to match by hand (or dismiss).
CREATE TABLE DUES_UNMATCHED (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    MONTH_ID        BIGINT        NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    ROW_NUMBER_OF   INTEGER       NOT NULL,
    PAYER_NAME      VARCHAR(100),
    AMOUNT          DECIMAL(10,2) NOT NULL,
    PAID_ON         DATE          NOT NULL,
    CHANNEL         VARCHAR(16)   NOT NULL,
    REASON_ZH       VARCHAR(500)  NOT NULL,
    REASON_EN       VARCHAR(500)  NOT NULL,
    STATUS          VARCHAR(16)   NOT NULL,
    DUE_ID          BIGINT,
    IMPORTED_AT     TIMESTAMP     NOT NULL,
    IMPORTED_BY     VARCHAR(100)  NOT NULL,
    RESOLVED_AT     TIMESTAMP,
    RESOLVED_BY     VARCHAR(100),
    RESOLUTION_NOTE VARCHAR(500),
    VERSION         BIGINT        NOT NULL
);
CREATE INDEX DUES_UNMATCHED_MONTH_IX ON DUES_UNMATCHED (MONTH_ID, STATUS);
CREATE INDEX DUES_UNMATCHED_PATH_IX ON DUES_UNMATCHED (ORG_PATH, STATUS);
