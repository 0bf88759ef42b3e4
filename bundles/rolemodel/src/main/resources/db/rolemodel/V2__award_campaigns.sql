-- Role models v2: award campaigns (两优一先, 七一表彰). A campaign, organized by a unit, names its award categories,
-- a quota per category for units of its subtree and a submission window; units nominate members or organizations
-- with their deeds (事迹材料; files in core's attachment store, owner type "nomination"); the nomination is reviewed
-- level by level up to the organizing unit (approve with an opinion, return with a reason; every decision kept);
-- the awarded become the honours register (level, year, issuing body). Portable SQL (Derby, PostgreSQL).

-- CATEGORIES: the campaign's award categories, comma-separated codes (e.g. OUTSTANDING_MEMBER,ADVANCED_ORGANIZATION).
-- AWARD_LEVEL: the tier of its honours, from the organizing unit's type (DISTRICT / STREET / GRASSROOTS).
CREATE TABLE RM_AWARD_CAMPAIGN (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    NAME            VARCHAR(200)  NOT NULL,
    KIND            VARCHAR(30)   NOT NULL,
    AWARD_YEAR      INTEGER       NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    ISSUER          VARCHAR(200)  NOT NULL,
    AWARD_LEVEL     VARCHAR(20)   NOT NULL,
    CATEGORIES      VARCHAR(300)  NOT NULL,
    OPENS_ON        DATE          NOT NULL,
    CLOSES_ON       DATE          NOT NULL,
    CREATED_AT      TIMESTAMP     NOT NULL,
    CREATED_BY      VARCHAR(100)  NOT NULL,
    VERSION         BIGINT        NOT NULL
);
CREATE INDEX RM_AWARD_CAMPAIGN_PATH_IX ON RM_AWARD_CAMPAIGN (ORG_PATH);

-- at most QUOTA nominations (pending or awarded) of CATEGORY from the subtree of ORGANIZATION_ID
CREATE TABLE RM_AWARD_QUOTA (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    CAMPAIGN_ID     BIGINT        NOT NULL,
    CATEGORY        VARCHAR(30)   NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    QUOTA           INTEGER       NOT NULL
);
CREATE INDEX RM_AWARD_QUOTA_CAMPAIGN_IX ON RM_AWARD_QUOTA (CAMPAIGN_ID, CATEGORY);

-- a nomination of a member (MEMBER_ID) or an organization; ORGANIZATION_ID is the nominee's unit either way.
-- PENDING_UNIT_ID: the level that must decide while STATUS = PENDING.
CREATE TABLE RM_NOMINATION (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    CAMPAIGN_ID     BIGINT        NOT NULL,
    CATEGORY        VARCHAR(30)   NOT NULL,
    SUBJECT_KIND    VARCHAR(20)   NOT NULL,
    MEMBER_ID       BIGINT,
    NAME            VARCHAR(200)  NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    FIELD           VARCHAR(30)   NOT NULL,
    DEEDS           VARCHAR(4000) NOT NULL,
    STATUS          VARCHAR(20)   NOT NULL,
    PENDING_UNIT_ID BIGINT,
    PENDING_SINCE   TIMESTAMP,
    CREATED_AT      TIMESTAMP     NOT NULL,
    CREATED_BY      VARCHAR(100)  NOT NULL,
    VERSION         BIGINT        NOT NULL
);
CREATE INDEX RM_NOMINATION_CAMPAIGN_IX ON RM_NOMINATION (CAMPAIGN_ID, CATEGORY, STATUS);
CREATE INDEX RM_NOMINATION_PATH_IX ON RM_NOMINATION (ORG_PATH);
CREATE INDEX RM_NOMINATION_PENDING_IX ON RM_NOMINATION (PENDING_UNIT_ID);

-- every step of a nomination: submitted, approved or returned by a level, withdrawn; who, when, the opinion
CREATE TABLE RM_NOMINATION_STEP (
    ID            BIGINT        NOT NULL PRIMARY KEY,
    NOMINATION_ID BIGINT        NOT NULL,
    ACTION        VARCHAR(20)   NOT NULL,
    UNIT_ID       BIGINT        NOT NULL,
    TO_UNIT_ID    BIGINT,
    OPINION       VARCHAR(1000),
    ACTOR         VARCHAR(100)  NOT NULL,
    DECIDED_AT    TIMESTAMP     NOT NULL
);
CREATE INDEX RM_NOMINATION_STEP_IX ON RM_NOMINATION_STEP (NOMINATION_ID);

-- the honours register: who was awarded what, at which level, in which year, by which body; MODEL_ID: the role
-- model the honour placed in the pool (an existing model of the subject and year, or one registered for it)
CREATE TABLE RM_HONOUR (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    NOMINATION_ID   BIGINT,
    CAMPAIGN_ID     BIGINT,
    TITLE           VARCHAR(200)  NOT NULL,
    CATEGORY        VARCHAR(30)   NOT NULL,
    SUBJECT_KIND    VARCHAR(20)   NOT NULL,
    MEMBER_ID       BIGINT,
    NAME            VARCHAR(200)  NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    AWARD_LEVEL     VARCHAR(20)   NOT NULL,
    AWARD_YEAR      INTEGER       NOT NULL,
    ISSUER          VARCHAR(200)  NOT NULL,
    AWARDED_ON      DATE          NOT NULL,
    MODEL_ID        BIGINT,
    CREATED_AT      TIMESTAMP     NOT NULL,
    CREATED_BY      VARCHAR(100)  NOT NULL
);
CREATE INDEX RM_HONOUR_PATH_IX ON RM_HONOUR (ORG_PATH, AWARD_YEAR);
CREATE INDEX RM_HONOUR_MEMBER_IX ON RM_HONOUR (MEMBER_ID);
