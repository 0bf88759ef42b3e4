-- Use of the positions: visits and services delivered per position, month (yyyymm) and service type, entered by the
-- position's staff or imported from a spreadsheet; one row per position, month and type (a new entry replaces it).
CREATE TABLE POS_VISIT (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    POSITION_ID     BIGINT        NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    PERIOD          INTEGER       NOT NULL,
    SERVICE_TYPE    VARCHAR(32)   NOT NULL,
    VISITS          INTEGER       NOT NULL,
    SERVICES        INTEGER       NOT NULL,
    RECORDED_AT     TIMESTAMP     NOT NULL,
    RECORDED_BY     VARCHAR(100)  NOT NULL,
    VERSION         BIGINT        NOT NULL,
    CONSTRAINT POS_VISIT_UQ UNIQUE (POSITION_ID, PERIOD, SERVICE_TYPE)
);
CREATE INDEX POS_VISIT_PATH_IX ON POS_VISIT (ORG_PATH, PERIOD);
