-- ${moduleNameEn} v1: activities. Units are referenced by id only (no foreign key into core's tables: the
-- module can be removed and its data stays); ORG_PATH is a copy of the unit's materialized path, kept current by core
-- (declared in bnd.bnd, Grassroots-Scoped-Tables), so every list is scoped in its query. Portable SQL (Derby, PostgreSQL). Never edit an applied script;
-- add V2__... instead.

CREATE TABLE ${moduleId.toUpperCase()}_SEQUENCE (
    SEQ_NAME  VARCHAR(64) NOT NULL PRIMARY KEY,
    SEQ_COUNT BIGINT      NOT NULL
);
INSERT INTO ${moduleId.toUpperCase()}_SEQUENCE (SEQ_NAME, SEQ_COUNT) VALUES ('ACTIVITY', 0);

CREATE TABLE ${moduleId.toUpperCase()}_ACTIVITY (
    ID              BIGINT       NOT NULL PRIMARY KEY,
    ORGANIZATION_ID BIGINT       NOT NULL,
    ORG_PATH        VARCHAR(512) NOT NULL,
    TITLE           VARCHAR(200) NOT NULL,
    HELD_ON         DATE         NOT NULL,
    PARTICIPANTS    INTEGER      NOT NULL,
    RECORDED_BY     VARCHAR(100) NOT NULL,
    VERSION         BIGINT       NOT NULL
);
CREATE INDEX ${moduleId.toUpperCase()}_ACTIVITY_PATH_IX ON ${moduleId.toUpperCase()}_ACTIVITY (ORG_PATH, HELD_ON);
