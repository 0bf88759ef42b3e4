-- 幸福家园 v2: community events (volunteer service, training, 先锋论坛) with sign-up and sign-in by code, and
-- micro-wishes (微心愿) of residents in need. A sign-in code is unique for good (never given to a second event), so
-- the code of a closed event cannot sign anyone in again. Portable SQL (Derby, PostgreSQL).

CREATE TABLE COMMUNITY_EVENT (
    ID            BIGINT        NOT NULL PRIMARY KEY,
    COMMUNITY_ID  BIGINT        NOT NULL,
    ORG_PATH      VARCHAR(512)  NOT NULL,
    KIND          VARCHAR(20)   NOT NULL,
    TITLE         VARCHAR(200)  NOT NULL,
    PLACE         VARCHAR(200),
    HELD_ON       DATE          NOT NULL,
    HOURS         DECIMAL(4,1),
    CODE          VARCHAR(12)   NOT NULL,
    STATUS        VARCHAR(20)   NOT NULL,
    CREATED_AT    TIMESTAMP     NOT NULL,
    CREATED_BY    VARCHAR(100)  NOT NULL,
    CLOSED_AT     TIMESTAMP,
    CLOSED_BY     VARCHAR(100),
    CANCEL_REASON VARCHAR(1000),
    VERSION       BIGINT        NOT NULL,
    CONSTRAINT COMMUNITY_EVENT_CODE_UK UNIQUE (CODE)
);
CREATE INDEX COMMUNITY_EVENT_PATH_IX ON COMMUNITY_EVENT (ORG_PATH);
CREATE INDEX COMMUNITY_EVENT_HELD_IX ON COMMUNITY_EVENT (HELD_ON);

-- a member on an event's list: signed up, signed in on the day, the service hours the sign-in earned at closing
CREATE TABLE COMMUNITY_EVENT_ATTENDEE (
    ID           BIGINT        NOT NULL PRIMARY KEY,
    EVENT_ID     BIGINT        NOT NULL,
    ORG_PATH     VARCHAR(512)  NOT NULL,
    MEMBER_ID    BIGINT        NOT NULL,
    SIGNED_UP_AT TIMESTAMP,
    SIGNED_IN_AT TIMESTAMP,
    HOURS_ID     BIGINT,
    CONSTRAINT COMMUNITY_ATTENDEE_UK UNIQUE (EVENT_ID, MEMBER_ID)
);
CREATE INDEX COMMUNITY_ATTENDEE_PATH_IX ON COMMUNITY_EVENT_ATTENDEE (ORG_PATH);
CREATE INDEX COMMUNITY_ATTENDEE_MEMBER_IX ON COMMUNITY_EVENT_ATTENDEE (MEMBER_ID);

-- a micro-wish: for whom as a description (独居老人, 困难儿童), never a resident's name; claimed by a paired
-- organization (PARTNER_ID) or a registered member (MEMBER_ID)
CREATE TABLE COMMUNITY_WISH (
    ID           BIGINT        NOT NULL PRIMARY KEY,
    COMMUNITY_ID BIGINT        NOT NULL,
    ORG_PATH     VARCHAR(512)  NOT NULL,
    TITLE        VARCHAR(200)  NOT NULL,
    DETAIL       VARCHAR(1000),
    BENEFICIARY  VARCHAR(100)  NOT NULL,
    PUBLISHED_ON DATE          NOT NULL,
    STATUS       VARCHAR(20)   NOT NULL,
    PARTNER_ID   BIGINT,
    MEMBER_ID    BIGINT,
    CLAIMED_AT   TIMESTAMP,
    CLAIMED_BY   VARCHAR(100),
    FULFILLED_ON DATE,
    NOTE         VARCHAR(1000),
    CREATED_AT   TIMESTAMP     NOT NULL,
    CREATED_BY   VARCHAR(100)  NOT NULL,
    DECIDED_AT   TIMESTAMP,
    DECIDED_BY   VARCHAR(100),
    VERSION      BIGINT        NOT NULL
);
CREATE INDEX COMMUNITY_WISH_PATH_IX ON COMMUNITY_WISH (ORG_PATH);
CREATE INDEX COMMUNITY_WISH_STATUS_IX ON COMMUNITY_WISH (STATUS);
