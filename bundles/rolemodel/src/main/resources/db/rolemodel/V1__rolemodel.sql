-- Role models (榜样典型培树) v1: role models with the 发现 → 培养 → 宣传 → 学习 lifecycle and its dated steps,
-- cultivation tracking (跟踪培养) with a responsible person and the next contact date, level-by-level recommendation
-- (逐级推荐) with its full history, publicity items, organized learning (组织学做), district leaders' direct contact
-- points (区级直接联系点) and their contact records, service records tied to campaigns. Units and members are
-- referenced by id only (no foreign key into core's tables: the module can be removed and its data stays).
-- Portable SQL (Derby, PostgreSQL).

CREATE TABLE RM_SEQUENCE (
    SEQ_NAME  VARCHAR(64) NOT NULL PRIMARY KEY,
    SEQ_COUNT BIGINT      NOT NULL
);
INSERT INTO RM_SEQUENCE (SEQ_NAME, SEQ_COUNT) VALUES ('RM', 0);

-- a role model: a member (MEMBER_ID) or an organization (its ORGANIZATION_ID); the unit it belongs to is
-- ORGANIZATION_ID either way. TIER is the highest level that approved its recommendation (NULL: none yet).
-- PENDING_UNIT_ID: the level whose inbox holds the recommendation while REC_STATUS = PENDING.
CREATE TABLE RM_MODEL (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    SUBJECT_KIND    VARCHAR(20)   NOT NULL,
    MEMBER_ID       BIGINT,
    NAME            VARCHAR(200)  NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    FIELD           VARCHAR(30)   NOT NULL,
    MODEL_YEAR      INTEGER       NOT NULL,
    DEEDS           VARCHAR(2000),
    STAGE           VARCHAR(20)   NOT NULL,
    TIER            VARCHAR(20),
    DISCOVERED_ON   DATE          NOT NULL,
    CULTIVATED_ON   DATE,
    PUBLICIZED_ON   DATE,
    LEARNING_ON     DATE,
    REC_STATUS      VARCHAR(20)   NOT NULL,
    PENDING_UNIT_ID BIGINT,
    PENDING_LEVEL   VARCHAR(20),
    PENDING_SINCE   TIMESTAMP,
    CREATED_AT      TIMESTAMP     NOT NULL,
    CREATED_BY      VARCHAR(100)  NOT NULL,
    VERSION         BIGINT        NOT NULL
);
CREATE INDEX RM_MODEL_PATH_IX ON RM_MODEL (ORG_PATH);
CREATE INDEX RM_MODEL_YEAR_IX ON RM_MODEL (MODEL_YEAR, ORG_PATH);
CREATE INDEX RM_MODEL_PENDING_IX ON RM_MODEL (PENDING_UNIT_ID);

-- every lifecycle step: the action, the stages, the date it took place, who recorded it and when
CREATE TABLE RM_MODEL_STEP (
    ID         BIGINT        NOT NULL PRIMARY KEY,
    MODEL_ID   BIGINT        NOT NULL,
    ACTION     VARCHAR(20)   NOT NULL,
    FROM_STAGE VARCHAR(20),
    TO_STAGE   VARCHAR(20)   NOT NULL,
    STEP_ON    DATE          NOT NULL,
    ACTOR      VARCHAR(100)  NOT NULL,
    DONE_AT    TIMESTAMP     NOT NULL,
    NOTE       VARCHAR(1000)
);
CREATE INDEX RM_MODEL_STEP_IX ON RM_MODEL_STEP (MODEL_ID);

-- every decision of the recommendation: SUBMIT (by the model's unit), APPROVE (with an opinion) or RETURN (with a
-- reason) by the level DECIDED_UNIT_ID; TO_UNIT_ID is the level that holds it next (NULL: concluded / returned home)
CREATE TABLE RM_RECOMMENDATION_STEP (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    MODEL_ID        BIGINT        NOT NULL,
    DECISION        VARCHAR(20)   NOT NULL,
    DECIDED_UNIT_ID BIGINT        NOT NULL,
    DECIDED_LEVEL   VARCHAR(20),
    TO_UNIT_ID      BIGINT,
    OPINION         VARCHAR(1000),
    ACTOR           VARCHAR(100)  NOT NULL,
    DECIDED_AT      TIMESTAMP     NOT NULL
);
CREATE INDEX RM_RECOMMENDATION_STEP_IX ON RM_RECOMMENDATION_STEP (MODEL_ID);

-- 跟踪培养: a contact with the model, who is responsible, and when the next contact is due (NOTIFIED_AT: reminded)
CREATE TABLE RM_TRACKING (
    ID                    BIGINT        NOT NULL PRIMARY KEY,
    MODEL_ID              BIGINT        NOT NULL,
    ORGANIZATION_ID       BIGINT        NOT NULL,
    ORG_PATH              VARCHAR(512)  NOT NULL,
    CONTACTED_ON          DATE          NOT NULL,
    RESPONSIBLE_MEMBER_ID BIGINT        NOT NULL,
    RESPONSIBLE_NAME      VARCHAR(100)  NOT NULL,
    NOTE                  VARCHAR(2000) NOT NULL,
    NEXT_CONTACT_ON       DATE,
    NOTIFIED_AT           TIMESTAMP,
    RECORDED_AT           TIMESTAMP     NOT NULL,
    RECORDED_BY           VARCHAR(100)  NOT NULL,
    VERSION               BIGINT        NOT NULL
);
CREATE INDEX RM_TRACKING_MODEL_IX ON RM_TRACKING (MODEL_ID);
CREATE INDEX RM_TRACKING_DUE_IX ON RM_TRACKING (NEXT_CONTACT_ON);
CREATE INDEX RM_TRACKING_PATH_IX ON RM_TRACKING (ORG_PATH);

CREATE TABLE RM_PUBLICITY (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    MODEL_ID        BIGINT        NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    TITLE           VARCHAR(200)  NOT NULL,
    CHANNEL         VARCHAR(20)   NOT NULL,
    PUBLISHED_ON    DATE          NOT NULL,
    LINK            VARCHAR(500),
    RECORDED_AT     TIMESTAMP     NOT NULL,
    RECORDED_BY     VARCHAR(100)  NOT NULL
);
CREATE INDEX RM_PUBLICITY_MODEL_IX ON RM_PUBLICITY (MODEL_ID);
CREATE INDEX RM_PUBLICITY_PATH_IX ON RM_PUBLICITY (ORG_PATH);

-- 组织学做: a learning activity about a model held by a unit (ORGANIZATION_ID), with its attendance
CREATE TABLE RM_LEARNING (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    MODEL_ID        BIGINT        NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    TITLE           VARCHAR(200)  NOT NULL,
    HELD_ON         DATE          NOT NULL,
    ATTENDEES       INTEGER       NOT NULL,
    RECORDED_AT     TIMESTAMP     NOT NULL,
    RECORDED_BY     VARCHAR(100)  NOT NULL
);
CREATE INDEX RM_LEARNING_MODEL_IX ON RM_LEARNING (MODEL_ID);
CREATE INDEX RM_LEARNING_PATH_IX ON RM_LEARNING (ORG_PATH);

-- 区级直接联系点: a unit linked to a district leader (a member) from STARTS_ON to ENDS_ON (NULL: open-ended)
CREATE TABLE RM_CONTACT_POINT (
    ID               BIGINT        NOT NULL PRIMARY KEY,
    ORGANIZATION_ID  BIGINT        NOT NULL,
    ORG_PATH         VARCHAR(512)  NOT NULL,
    LEADER_MEMBER_ID BIGINT        NOT NULL,
    LEADER_NAME      VARCHAR(100)  NOT NULL,
    LEADER_TITLE     VARCHAR(100),
    STARTS_ON        DATE          NOT NULL,
    ENDS_ON          DATE,
    NOTE             VARCHAR(1000),
    CREATED_AT       TIMESTAMP     NOT NULL,
    CREATED_BY       VARCHAR(100)  NOT NULL,
    VERSION          BIGINT        NOT NULL
);
CREATE INDEX RM_CONTACT_POINT_UNIT_IX ON RM_CONTACT_POINT (ORGANIZATION_ID);
CREATE INDEX RM_CONTACT_POINT_PATH_IX ON RM_CONTACT_POINT (ORG_PATH);

CREATE TABLE RM_CONTACT_RECORD (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    POINT_ID        BIGINT        NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    KIND            VARCHAR(20)   NOT NULL,
    HAPPENED_ON     DATE          NOT NULL,
    CONTENT         VARCHAR(2000) NOT NULL,
    ISSUES          VARCHAR(2000),
    FOLLOW_UP       VARCHAR(2000),
    RECORDED_AT     TIMESTAMP     NOT NULL,
    RECORDED_BY     VARCHAR(100)  NOT NULL
);
CREATE INDEX RM_CONTACT_RECORD_POINT_IX ON RM_CONTACT_RECORD (POINT_ID);
CREATE INDEX RM_CONTACT_RECORD_PATH_IX ON RM_CONTACT_RECORD (ORG_PATH, HAPPENED_ON);

-- a service record of a campaign (我为群众办实事, 亮身份、树形象、作贡献、促发展): by a member or an organization
CREATE TABLE RM_SERVICE (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    CAMPAIGN        VARCHAR(30)   NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    MEMBER_ID       BIGINT,
    MEMBER_NAME     VARCHAR(100),
    WHAT            VARCHAR(1000) NOT NULL,
    BENEFICIARY     VARCHAR(200)  NOT NULL,
    HOURS           DECIMAL(7,1)  NOT NULL,
    SERVED_ON       DATE          NOT NULL,
    RECORDED_AT     TIMESTAMP     NOT NULL,
    RECORDED_BY     VARCHAR(100)  NOT NULL
);
CREATE INDEX RM_SERVICE_PATH_IX ON RM_SERVICE (ORG_PATH, SERVED_ON);
