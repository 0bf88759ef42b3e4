-- ${moduleNameEn} v1: activities. Units are referenced by id only (no foreign key into core's tables: the
-- module can be removed and its data stays). Portable SQL (Derby, PostgreSQL). Never edit an applied script;
-- add V2__... instead.

CREATE TABLE ${moduleId.toUpperCase()}_SEQUENCE (
    SEQ_NAME  VARCHAR(64) NOT NULL PRIMARY KEY,
    SEQ_COUNT BIGINT      NOT NULL
);
INSERT INTO ${moduleId.toUpperCase()}_SEQUENCE (SEQ_NAME, SEQ_COUNT) VALUES ('ACTIVITY', 0);

CREATE TABLE ${moduleId.toUpperCase()}_ACTIVITY (
    ID              BIGINT       NOT NULL PRIMARY KEY,
    ORGANIZATION_ID BIGINT       NOT NULL,
    TITLE           VARCHAR(200) NOT NULL,
    HELD_ON         DATE         NOT NULL,
    PARTICIPANTS    INTEGER      NOT NULL,
    RECORDED_BY     VARCHAR(100) NOT NULL,
    VERSION         BIGINT       NOT NULL
);
CREATE INDEX ${moduleId.toUpperCase()}_ACTIVITY_ORG_IX ON ${moduleId.toUpperCase()}_ACTIVITY (ORGANIZATION_ID, HELD_ON);
