-- Party-mass service positions (党群服务阵地) v1: the registry on the service matrix, versioned standards (checklists
-- of weighted items), yearly assessments with item scores and rectification items, upgrade projects with their
-- steps, and the city-system sync marker per position. Units are referenced by id only (no foreign key into core's
-- tables: the module can be removed and its data stays). Portable SQL (Derby, PostgreSQL).

CREATE TABLE POS_SEQUENCE (
    SEQ_NAME  VARCHAR(64) NOT NULL PRIMARY KEY,
    SEQ_COUNT BIGINT      NOT NULL
);
INSERT INTO POS_SEQUENCE (SEQ_NAME, SEQ_COUNT) VALUES ('POS', 0);

-- a position hosted by a unit; LEVEL agrees with the host's unit type; SYNCED_VERSION is the VERSION the city
-- system acknowledged last (NULL: never recorded there), so "changed since the last sync" is VERSION <> SYNCED_VERSION
CREATE TABLE POS_POSITION (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    NAME            VARCHAR(200)  NOT NULL,
    LEVEL_CODE      VARCHAR(32)   NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    STATUS          VARCHAR(16)   NOT NULL,
    ADDRESS         VARCHAR(300),
    AREA            DECIMAL(10,1),
    ROOMS           VARCHAR(1000),
    FUNCTIONS       VARCHAR(500),
    OPENING_HOURS   VARCHAR(200),
    LATITUDE        DECIMAL(9,6),
    LONGITUDE       DECIMAL(9,6),
    ONLINE_NAME     VARCHAR(200),
    ONLINE_URL      VARCHAR(500),
    FEATURED        SMALLINT      NOT NULL,
    SYNCED_VERSION  BIGINT,
    SYNCED_AT       TIMESTAMP,
    CREATED_AT      TIMESTAMP     NOT NULL,
    CREATED_BY      VARCHAR(100)  NOT NULL,
    UPDATED_AT      TIMESTAMP     NOT NULL,
    UPDATED_BY      VARCHAR(100)  NOT NULL,
    VERSION         BIGINT        NOT NULL
);
CREATE INDEX POS_POSITION_PATH_IX ON POS_POSITION (ORG_PATH);
CREATE INDEX POS_POSITION_ORG_IX ON POS_POSITION (ORGANIZATION_ID);

-- one version of a standard (CODE names the standard, VERSION_NO counts its versions); never changed once stored
CREATE TABLE POS_STANDARD (
    ID          BIGINT        NOT NULL PRIMARY KEY,
    CODE        VARCHAR(40)   NOT NULL,
    VERSION_NO  INTEGER       NOT NULL,
    NAME        VARCHAR(200)  NOT NULL,
    SCOPE_NOTE  VARCHAR(500),
    ISSUED_ON   DATE          NOT NULL,
    CREATED_AT  TIMESTAMP     NOT NULL,
    CREATED_BY  VARCHAR(100)  NOT NULL,
    VERSION     BIGINT        NOT NULL,
    CONSTRAINT POS_STANDARD_CODE_VERSION_UQ UNIQUE (CODE, VERSION_NO)
);

CREATE TABLE POS_STANDARD_ITEM (
    ID          BIGINT        NOT NULL PRIMARY KEY,
    STANDARD_ID BIGINT        NOT NULL,
    POSITION_NO INTEGER       NOT NULL,
    CATEGORY    VARCHAR(32)   NOT NULL,
    TEXT        VARCHAR(500)  NOT NULL,
    WEIGHT      DECIMAL(6,1)  NOT NULL
);
CREATE INDEX POS_STANDARD_ITEM_STD_IX ON POS_STANDARD_ITEM (STANDARD_ID, POSITION_NO);

-- a position's assessment of a year against one standard version; TOTAL and GRADE computed from the scores
CREATE TABLE POS_ASSESSMENT (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    POSITION_ID     BIGINT        NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    ASSESS_YEAR     INTEGER       NOT NULL,
    STANDARD_ID     BIGINT        NOT NULL,
    TOTAL           DECIMAL(7,1)  NOT NULL,
    MAX_TOTAL       DECIMAL(7,1)  NOT NULL,
    GRADE           VARCHAR(16)   NOT NULL,
    ASSESSED_ON     DATE          NOT NULL,
    ASSESSOR        VARCHAR(100),
    NOTE            VARCHAR(1000),
    CREATED_AT      TIMESTAMP     NOT NULL,
    CREATED_BY      VARCHAR(100)  NOT NULL,
    VERSION         BIGINT        NOT NULL,
    CONSTRAINT POS_ASSESSMENT_YEAR_UQ UNIQUE (POSITION_ID, ASSESS_YEAR)
);
CREATE INDEX POS_ASSESSMENT_PATH_IX ON POS_ASSESSMENT (ORG_PATH, ASSESS_YEAR);

-- the score of one item (item's category, text and weight copied: the assessment reads the same forever)
CREATE TABLE POS_SCORE (
    ID            BIGINT        NOT NULL PRIMARY KEY,
    ASSESSMENT_ID BIGINT        NOT NULL,
    ITEM_ID       BIGINT        NOT NULL,
    POSITION_NO   INTEGER       NOT NULL,
    CATEGORY      VARCHAR(32)   NOT NULL,
    TEXT          VARCHAR(500)  NOT NULL,
    WEIGHT        DECIMAL(6,1)  NOT NULL,
    SCORE         DECIMAL(6,1)  NOT NULL,
    EVIDENCE      VARCHAR(500),
    ATTACHMENT_ID BIGINT
);
CREATE INDEX POS_SCORE_ASSESSMENT_IX ON POS_SCORE (ASSESSMENT_ID, POSITION_NO);

-- a rectification item of an assessment: a deadline, a responsible person, OPEN until DONE
CREATE TABLE POS_RECTIFICATION (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    ASSESSMENT_ID   BIGINT        NOT NULL,
    POSITION_ID     BIGINT        NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    ITEM            VARCHAR(500)  NOT NULL,
    DEADLINE        DATE          NOT NULL,
    RESPONSIBLE     VARCHAR(100)  NOT NULL,
    STATUS          VARCHAR(16)   NOT NULL,
    DONE_ON         DATE,
    DONE_NOTE       VARCHAR(500),
    DONE_BY         VARCHAR(100),
    NOTIFIED_AT     TIMESTAMP,
    CREATED_AT      TIMESTAMP     NOT NULL,
    CREATED_BY      VARCHAR(100)  NOT NULL,
    VERSION         BIGINT        NOT NULL
);
CREATE INDEX POS_RECTIFICATION_PATH_IX ON POS_RECTIFICATION (ORG_PATH, STATUS, DEADLINE);
CREATE INDEX POS_RECTIFICATION_ASSESSMENT_IX ON POS_RECTIFICATION (ASSESSMENT_ID);

-- an upgrade project of a position: PLANNED -> IN_PROGRESS -> COMPLETED -> ACCEPTED (by the level above)
CREATE TABLE POS_UPGRADE (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    POSITION_ID     BIGINT        NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    TITLE           VARCHAR(200)  NOT NULL,
    PLAN_TEXT       VARCHAR(2000),
    BUDGET          DECIMAL(12,2),
    PLANNED_START   DATE          NOT NULL,
    PLANNED_END     DATE          NOT NULL,
    STATUS          VARCHAR(16)   NOT NULL,
    STARTED_ON      DATE,
    COMPLETED_ON    DATE,
    ACCEPTED_ON     DATE,
    ACCEPTED_BY     VARCHAR(100),
    CREATED_AT      TIMESTAMP     NOT NULL,
    CREATED_BY      VARCHAR(100)  NOT NULL,
    VERSION         BIGINT        NOT NULL
);
CREATE INDEX POS_UPGRADE_PATH_IX ON POS_UPGRADE (ORG_PATH, STATUS);

-- every step and progress note of an upgrade: who, when, a note, photos (attachment ids, comma-separated)
CREATE TABLE POS_UPGRADE_STEP (
    ID          BIGINT        NOT NULL PRIMARY KEY,
    UPGRADE_ID  BIGINT        NOT NULL,
    ACTION      VARCHAR(16)   NOT NULL,
    FROM_STATUS VARCHAR(16),
    TO_STATUS   VARCHAR(16)   NOT NULL,
    ACTOR       VARCHAR(100)  NOT NULL,
    OCCURRED_AT TIMESTAMP     NOT NULL,
    NOTE        VARCHAR(1000),
    PHOTOS      VARCHAR(500)
);
CREATE INDEX POS_UPGRADE_STEP_UPGRADE_IX ON POS_UPGRADE_STEP (UPGRADE_ID);
