-- Affairs v2: 谈心谈话, the talks a secretary (or a committee member) holds with each member at least once a year.
-- Portable SQL (Derby, PostgreSQL).
CREATE TABLE AFF_TALK (
    ID              BIGINT        NOT NULL PRIMARY KEY,
    ORGANIZATION_ID BIGINT        NOT NULL,
    ORG_PATH        VARCHAR(512)  NOT NULL,
    MEMBER_ID       BIGINT        NOT NULL,
    TALKER_ID       BIGINT        NOT NULL,
    HELD_ON         DATE          NOT NULL,
    YEAR_OF         INTEGER       NOT NULL,
    TOPIC           VARCHAR(200)  NOT NULL,
    NOTES           VARCHAR(2000),
    RECORDED_BY     VARCHAR(100)  NOT NULL,
    RECORDED_AT     TIMESTAMP     NOT NULL,
    VERSION         BIGINT        NOT NULL
);
-- the coverage of a subtree and year reads the members talked to from the index alone
CREATE INDEX AFF_TALK_PATH_IX ON AFF_TALK (ORG_PATH, YEAR_OF, MEMBER_ID);
CREATE INDEX AFF_TALK_MEMBER_IX ON AFF_TALK (MEMBER_ID, YEAR_OF);
