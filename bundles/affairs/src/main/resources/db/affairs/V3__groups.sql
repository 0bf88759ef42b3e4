-- Affairs v3: 党小组, the groups inside a branch (members assigned, a leader) that hold the 党小组会.
-- Portable SQL (Derby, PostgreSQL).
CREATE TABLE AFF_GROUP (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    NAME            VARCHAR(100)  NOT NULL,
    LEADER_ID       BIGINT        NOT NULL,
    CREATED_BY      VARCHAR(100)  NOT NULL,
    CREATED_AT      TIMESTAMP     NOT NULL,
    VERSION         BIGINT        NOT NULL,
    CONSTRAINT AFF_GROUP_NAME_UQ UNIQUE (ORGANIZATION_ID, NAME)
);
CREATE INDEX AFF_GROUP_PATH_IX ON AFF_GROUP (ORG_PATH);
-- a member is in at most one group of the organization: checked by the module, the key keeps a group's list unique
CREATE TABLE AFF_GROUP_MEMBER (
    GROUP_ID        BIGINT        NOT NULL,
    MEMBER_ID       BIGINT        NOT NULL,
    PRIMARY KEY (GROUP_ID, MEMBER_ID)
);
CREATE INDEX AFF_GROUP_MEMBER_IX ON AFF_GROUP_MEMBER (MEMBER_ID);
-- a 党小组会 names the group that held it
ALTER TABLE AFF_MEETING ADD COLUMN GROUP_ID BIGINT;
