-- Core schema v7: the file store (attachments). Metadata and bytes are two tables so that listing files never reads
-- their contents. The bytes are in the database on purpose: the backup of data/db holds them and one transaction
-- covers a file and the record that refers to it. UNIT_PATH is the owner unit's materialized path at upload time,
-- so a scope check is one LIKE; READ_PERMISSION and WRITE_PERMISSION are copied from the owning module, so the
-- checks hold while the module is uninstalled (its files are kept). No foreign keys into module tables.
-- Derby SQL; BLOB without a length is 2 GB in Derby (on PostgreSQL create the domain BLOB AS BYTEA first, see
-- docs/operator-guide.md).

INSERT INTO CORE_SEQUENCE (SEQ_NAME, SEQ_COUNT) VALUES ('ATTACHMENT', 0);

CREATE TABLE CORE_ATTACHMENT (
    ID               BIGINT        NOT NULL PRIMARY KEY,
    MODULE_ID        VARCHAR(64)   NOT NULL,
    OWNER_TYPE       VARCHAR(40)   NOT NULL,
    OWNER_ID         BIGINT        NOT NULL,
    UNIT_ID          BIGINT        NOT NULL,
    UNIT_PATH        VARCHAR(1000) NOT NULL,
    FILE_NAME        VARCHAR(255)  NOT NULL,
    FILE_TYPE        VARCHAR(16)   NOT NULL,
    SIZE_BYTES       BIGINT        NOT NULL,
    SHA256           VARCHAR(64)   NOT NULL,
    READ_PERMISSION  VARCHAR(100)  NOT NULL,
    WRITE_PERMISSION VARCHAR(100)  NOT NULL,
    UPLOADED_AT      TIMESTAMP     NOT NULL,
    UPLOADED_BY      VARCHAR(100)  NOT NULL
);
CREATE INDEX CORE_ATTACHMENT_OWNER_IX ON CORE_ATTACHMENT (MODULE_ID, OWNER_TYPE, OWNER_ID);

CREATE TABLE CORE_ATTACHMENT_CONTENT (
    ATTACHMENT_ID BIGINT       NOT NULL PRIMARY KEY,
    CONTENT       BLOB         NOT NULL
);
