-- Module tables that hold a copy of their unit's materialized path (declared by a module bundle's
-- Grassroots-Scoped-Tables header). Core rewrites their path column in the transaction of every unit move, also for
-- modules that are stopped or uninstalled (uninstall keeps their tables), so module rows are never stale.
CREATE TABLE CORE_SCOPED_TABLE (
    TABLE_NAME    VARCHAR(128) NOT NULL PRIMARY KEY,
    PATH_COLUMN   VARCHAR(128) NOT NULL,
    UNIT_COLUMN   VARCHAR(128),
    BUNDLE        VARCHAR(200) NOT NULL,
    RECORDED_AT   TIMESTAMP    NOT NULL
);
