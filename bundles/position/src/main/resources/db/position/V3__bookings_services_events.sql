-- Room bookings, the service catalogue and events (v3). Portable SQL (Derby, PostgreSQL); units and members by id only.

-- a room of a position booked by a unit for one of its events: a day and a slot of wall-clock minutes
-- [START_MINUTE, END_MINUTE); two bookings of one room that are both BOOKED never overlap (checked under a lock on
-- the position's row); a cancelled booking stays with who cancelled it and why
CREATE TABLE POS_BOOKING (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    POSITION_ID     BIGINT        NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    ROOM            VARCHAR(50)   NOT NULL,
    BOOKING_DAY     DATE          NOT NULL,
    START_MINUTE    INTEGER       NOT NULL,
    END_MINUTE      INTEGER       NOT NULL,
    BOOKER_ID       BIGINT        NOT NULL,
    PURPOSE         VARCHAR(200)  NOT NULL,
    STATUS          VARCHAR(16)   NOT NULL,
    CANCEL_REASON   VARCHAR(500),
    CANCELLED_AT    TIMESTAMP,
    CANCELLED_BY    VARCHAR(100),
    CREATED_AT      TIMESTAMP     NOT NULL,
    CREATED_BY      VARCHAR(100)  NOT NULL,
    VERSION         BIGINT        NOT NULL
);
CREATE INDEX POS_BOOKING_DAY_IX ON POS_BOOKING (POSITION_ID, BOOKING_DAY);
CREATE INDEX POS_BOOKING_PATH_IX ON POS_BOOKING (ORG_PATH);

-- the service catalogue (服务事项) of a position; a service withdrawn stays listed as withdrawn
CREATE TABLE POS_SERVICE (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    POSITION_ID     BIGINT        NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    NAME            VARCHAR(100)  NOT NULL,
    SERVICE_TYPE    VARCHAR(32)   NOT NULL,
    DESCRIPTION     VARCHAR(1000),
    SCHEDULE        VARCHAR(200),
    ACTIVE          SMALLINT      NOT NULL,
    UPDATED_AT      TIMESTAMP     NOT NULL,
    UPDATED_BY      VARCHAR(100)  NOT NULL,
    VERSION         BIGINT        NOT NULL,
    CONSTRAINT POS_SERVICE_NAME_UQ UNIQUE (POSITION_ID, NAME)
);
CREATE INDEX POS_SERVICE_PATH_IX ON POS_SERVICE (ORG_PATH);

-- an event held at a position, with its capacity and its code (unique for ever: a code never opens another event)
CREATE TABLE POS_EVENT (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    POSITION_ID     BIGINT        NOT NULL,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    TITLE           VARCHAR(200)  NOT NULL,
    SERVICE_TYPE    VARCHAR(32)   NOT NULL,
    STARTS_AT       TIMESTAMP     NOT NULL,
    ENDS_AT         TIMESTAMP     NOT NULL,
    CAPACITY        INTEGER       NOT NULL,
    EVENT_CODE      VARCHAR(12)   NOT NULL,
    CREATED_AT      TIMESTAMP     NOT NULL,
    CREATED_BY      VARCHAR(100)  NOT NULL,
    VERSION         BIGINT        NOT NULL,
    CONSTRAINT POS_EVENT_CODE_UQ UNIQUE (EVENT_CODE)
);
CREATE INDEX POS_EVENT_PATH_IX ON POS_EVENT (ORG_PATH, STARTS_AT);

-- a member signed up for an event (SIGNED_UP_AT) and signed in on the day (SIGNED_IN_AT); once per member
CREATE TABLE POS_ATTENDANCE (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    EVENT_ID        BIGINT        NOT NULL,
    MEMBER_ID       BIGINT        NOT NULL,
    SIGNED_UP_AT    TIMESTAMP,
    SIGNED_IN_AT    TIMESTAMP,
    VERSION         BIGINT        NOT NULL,
    CONSTRAINT POS_ATTENDANCE_UQ UNIQUE (EVENT_ID, MEMBER_ID)
);
