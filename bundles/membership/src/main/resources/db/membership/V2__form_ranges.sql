-- Member lifecycle v2: 入党志愿书 numbers issued in ranges. The level above issues a range of numbers to a unit
-- (MEMB_FORM_RANGE, numbers of one width, never overlapping another range of that width); a development file's FORM
-- step takes a number from a range of its unit or of a unit above it, and every number taken or voided is one
-- MEMB_FORM_NUMBER row (unique), so the used and void numbers of a range are counted, and a number outside the
-- unit's ranges is refused. Portable SQL (Derby, PostgreSQL).

CREATE TABLE MEMB_FORM_RANGE (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    ISSUER_ID       BIGINT        NOT NULL,
    FIRST_NO        BIGINT        NOT NULL,
    LAST_NO         BIGINT        NOT NULL,
    DIGITS          INTEGER       NOT NULL,
    ISSUED_ON       DATE          NOT NULL,
    NOTE            VARCHAR(500),
    CREATED_AT      TIMESTAMP     NOT NULL,
    CREATED_BY      VARCHAR(100)  NOT NULL,
    VERSION         BIGINT        NOT NULL
);
CREATE INDEX MEMB_FORM_RANGE_PATH_IX ON MEMB_FORM_RANGE (ORG_PATH, DIGITS);

CREATE TABLE MEMB_FORM_NUMBER (
    ID          BIGINT        NOT NULL PRIMARY KEY,
    RANGE_ID    BIGINT        NOT NULL,
    FORM_NO     VARCHAR(18)   NOT NULL,
    STATUS      VARCHAR(10)   NOT NULL,
    FILE_ID     BIGINT,
    REASON      VARCHAR(500),
    RECORDED_AT TIMESTAMP     NOT NULL,
    RECORDED_BY VARCHAR(100)  NOT NULL
);
CREATE UNIQUE INDEX MEMB_FORM_NUMBER_UX ON MEMB_FORM_NUMBER (FORM_NO);
CREATE INDEX MEMB_FORM_NUMBER_RANGE_IX ON MEMB_FORM_NUMBER (RANGE_ID, STATUS);
