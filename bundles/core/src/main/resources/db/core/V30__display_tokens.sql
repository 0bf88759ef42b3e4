-- Core schema v30: display tokens of the big screen (大屏). A token lets one screen show one unit's figures without
-- a sign-in; only its SHA-256 is stored, so a copy of the database does not open any screen. Revoking stamps
-- REVOKED_AT (the row stays for the audit trail). Numbered apart from the v1x migrations other work adds meanwhile
-- (Flyway runs out of order). Portable SQL (Derby, PostgreSQL).

CREATE TABLE CORE_DISPLAY_TOKEN (
    ID           VARCHAR(16)   NOT NULL PRIMARY KEY,
    TOKEN_HASH   VARCHAR(64)   NOT NULL,
    UNIT_ID      BIGINT        NOT NULL,
    UNIT_PATH    VARCHAR(1000) NOT NULL,
    LABEL        VARCHAR(100)  NOT NULL,
    CREATED_BY   VARCHAR(100)  NOT NULL,
    CREATED_AT   TIMESTAMP     NOT NULL,
    REVOKED_AT   TIMESTAMP,
    LAST_USED_AT TIMESTAMP,
    CONSTRAINT CORE_DISPLAY_TOKEN_HASH UNIQUE (TOKEN_HASH)
);

CREATE INDEX CORE_DISPLAY_TOKEN_PATH ON CORE_DISPLAY_TOKEN (UNIT_PATH);
