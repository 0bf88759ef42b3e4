-- 共建社区"幸福家园" (happy-home communities) v1: the "两委" rosters with the secretary changes, 双报到 pairings of
-- institutions' and enterprises' Party organizations with communities, members' registrations with their residential
-- community and their service hours, 暖新驿站 stations with monthly visits, rider-friendly community designations.
-- Units and members are referenced by id only (no foreign key into core's tables: the module can be removed and its
-- data stays). ORG_PATH is the community's (or station unit's) materialized path, kept current by core
-- (Grassroots-Scoped-Tables). Portable SQL (Derby, PostgreSQL).

CREATE TABLE COMMUNITY_SEQUENCE (
    SEQ_NAME  VARCHAR(64) NOT NULL PRIMARY KEY,
    SEQ_COUNT BIGINT      NOT NULL
);
INSERT INTO COMMUNITY_SEQUENCE (SEQ_NAME, SEQ_COUNT) VALUES ('COMMUNITY', 0);

-- one post of a community's "两委" team held by a member for a term; a secretary change ends the current
-- secretary's post (TERM_END, END_REASON) and starts the successor's (REPLACES_ID)
CREATE TABLE COMMUNITY_TEAM_POST (
    ID           BIGINT        NOT NULL PRIMARY KEY,
    COMMUNITY_ID BIGINT        NOT NULL,
    ORG_PATH     VARCHAR(512)  NOT NULL,
    MEMBER_ID    BIGINT        NOT NULL,
    POST         VARCHAR(30)   NOT NULL,
    TERM_START   DATE          NOT NULL,
    TERM_END     DATE,
    END_REASON   VARCHAR(1000),
    REPLACES_ID  BIGINT,
    STARTED_AT   TIMESTAMP     NOT NULL,
    STARTED_BY   VARCHAR(100)  NOT NULL,
    ENDED_AT     TIMESTAMP,
    ENDED_BY     VARCHAR(100),
    VERSION      BIGINT        NOT NULL
);
CREATE INDEX COMMUNITY_POST_PATH_IX ON COMMUNITY_TEAM_POST (ORG_PATH);
CREATE INDEX COMMUNITY_POST_COMMUNITY_IX ON COMMUNITY_TEAM_POST (COMMUNITY_ID, POST);

-- 双报到 (a): a Party organization of an institution or enterprise paired with a community (对口社区) for a period
CREATE TABLE COMMUNITY_PAIRING (
    ID           BIGINT        NOT NULL PRIMARY KEY,
    COMMUNITY_ID BIGINT        NOT NULL,
    ORG_PATH     VARCHAR(512)  NOT NULL,
    PARTNER_ID   BIGINT        NOT NULL,
    STARTS_ON    DATE          NOT NULL,
    ENDS_ON      DATE,
    RESOURCES    VARCHAR(2000),
    NEEDS        VARCHAR(2000),
    PROJECTS     VARCHAR(2000),
    STATUS       VARCHAR(20)   NOT NULL,
    CREATED_AT   TIMESTAMP     NOT NULL,
    CREATED_BY   VARCHAR(100)  NOT NULL,
    ENDED_ON     DATE,
    ENDED_AT     TIMESTAMP,
    ENDED_BY     VARCHAR(100),
    END_REASON   VARCHAR(1000),
    VERSION      BIGINT        NOT NULL
);
CREATE INDEX COMMUNITY_PAIRING_PATH_IX ON COMMUNITY_PAIRING (ORG_PATH);
CREATE INDEX COMMUNITY_PAIRING_COMMUNITY_IX ON COMMUNITY_PAIRING (COMMUNITY_ID, STATUS);

-- 双报到 (b): a member registered with their residential community, with the volunteer post they took
CREATE TABLE COMMUNITY_REGISTRATION (
    ID             BIGINT        NOT NULL PRIMARY KEY,
    COMMUNITY_ID   BIGINT        NOT NULL,
    ORG_PATH       VARCHAR(512)  NOT NULL,
    MEMBER_ID      BIGINT        NOT NULL,
    VOLUNTEER_POST VARCHAR(200),
    STATUS         VARCHAR(20)   NOT NULL,
    REGISTERED_ON  DATE          NOT NULL,
    REGISTERED_AT  TIMESTAMP     NOT NULL,
    REGISTERED_BY  VARCHAR(100)  NOT NULL,
    CANCELLED_ON   DATE,
    CANCELLED_AT   TIMESTAMP,
    CANCELLED_BY   VARCHAR(100),
    CANCEL_REASON  VARCHAR(1000),
    VERSION        BIGINT        NOT NULL
);
CREATE INDEX COMMUNITY_REG_PATH_IX ON COMMUNITY_REGISTRATION (ORG_PATH);
CREATE INDEX COMMUNITY_REG_MEMBER_IX ON COMMUNITY_REGISTRATION (MEMBER_ID, STATUS);

-- the registered member's own organization (its path kept current by core), so that it sees its members' hours
CREATE TABLE COMMUNITY_REGISTRANT (
    REGISTRATION_ID BIGINT       NOT NULL PRIMARY KEY,
    ORGANIZATION_ID BIGINT       NOT NULL,
    ORG_PATH        VARCHAR(512) NOT NULL
);
CREATE INDEX COMMUNITY_REGISTRANT_PATH_IX ON COMMUNITY_REGISTRANT (ORG_PATH);

-- service hours a registered member logs; the community confirms them or rejects them with a reason
CREATE TABLE COMMUNITY_HOURS (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    REGISTRATION_ID BIGINT        NOT NULL,
    COMMUNITY_ID    BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    MEMBER_ID       BIGINT        NOT NULL,
    SERVED_ON       DATE          NOT NULL,
    HOURS           DECIMAL(5,1)  NOT NULL,
    ACTIVITY        VARCHAR(500)  NOT NULL,
    STATUS          VARCHAR(20)   NOT NULL,
    SUBMITTED_AT    TIMESTAMP     NOT NULL,
    SUBMITTED_BY    VARCHAR(100)  NOT NULL,
    DECIDED_AT      TIMESTAMP,
    DECIDED_BY      VARCHAR(100),
    REJECT_REASON   VARCHAR(1000),
    VERSION         BIGINT        NOT NULL
);
CREATE INDEX COMMUNITY_HOURS_PATH_IX ON COMMUNITY_HOURS (ORG_PATH, STATUS);
CREATE INDEX COMMUNITY_HOURS_REG_IX ON COMMUNITY_HOURS (REGISTRATION_ID);

-- 暖新驿站: a station for new employment groups (riders, couriers, drivers) in a community or street
CREATE TABLE COMMUNITY_STATION (
    ID            BIGINT        NOT NULL PRIMARY KEY,
    UNIT_ID       BIGINT        NOT NULL,
    ORG_PATH      VARCHAR(512)  NOT NULL,
    NAME          VARCHAR(200)  NOT NULL,
    ADDRESS       VARCHAR(300),
    SERVICES      VARCHAR(1000) NOT NULL,
    OPENING_HOURS VARCHAR(200)  NOT NULL,
    OPENED_ON     DATE          NOT NULL,
    CREATED_AT    TIMESTAMP     NOT NULL,
    CREATED_BY    VARCHAR(100)  NOT NULL,
    VERSION       BIGINT        NOT NULL
);
CREATE INDEX COMMUNITY_STATION_PATH_IX ON COMMUNITY_STATION (ORG_PATH);

-- visits of a station in one month (PERIOD yyyy-MM), recorded and corrected by the station's unit
CREATE TABLE COMMUNITY_STATION_VISITS (
    ID          BIGINT       NOT NULL PRIMARY KEY,
    STATION_ID  BIGINT       NOT NULL,
    ORG_PATH    VARCHAR(512) NOT NULL,
    PERIOD      VARCHAR(7)   NOT NULL,
    VISITS      INTEGER      NOT NULL,
    RECORDED_AT TIMESTAMP    NOT NULL,
    RECORDED_BY VARCHAR(100) NOT NULL,
    VERSION     BIGINT       NOT NULL
);
CREATE UNIQUE INDEX COMMUNITY_VISITS_UX ON COMMUNITY_STATION_VISITS (STATION_ID, PERIOD);
CREATE INDEX COMMUNITY_VISITS_PATH_IX ON COMMUNITY_STATION_VISITS (ORG_PATH, PERIOD);

-- "骑手友好社区": a community's application against the checklist, designated (dated) or rejected
CREATE TABLE COMMUNITY_RIDER_FRIENDLY (
    ID            BIGINT        NOT NULL PRIMARY KEY,
    COMMUNITY_ID  BIGINT        NOT NULL,
    ORG_PATH      VARCHAR(512)  NOT NULL,
    CRITERIA_MET  VARCHAR(500)  NOT NULL,
    EVIDENCE      VARCHAR(2000),
    STATUS        VARCHAR(20)   NOT NULL,
    APPLIED_AT    TIMESTAMP     NOT NULL,
    APPLIED_BY    VARCHAR(100)  NOT NULL,
    DESIGNATED_ON DATE,
    DECIDED_AT    TIMESTAMP,
    DECIDED_BY    VARCHAR(100),
    DECISION_NOTE VARCHAR(1000),
    VERSION       BIGINT        NOT NULL
);
CREATE INDEX COMMUNITY_RIDER_PATH_IX ON COMMUNITY_RIDER_FRIENDLY (ORG_PATH, STATUS);
