-- Core schema v33: a number per module that moves after every committed change of the module's data (core's row for
-- units and members moves every module's figures). The dashboard's cache of figures is keyed by these numbers, read
-- from here on every request, so several nodes on one database never serve figures older than an acknowledged
-- change. Bumped by a statement of its own right after the writer's commit, never inside the writer's transaction.
-- Portable SQL (Derby, PostgreSQL).

CREATE TABLE CORE_DATA_GENERATION (
    MODULE     VARCHAR(40) NOT NULL PRIMARY KEY,
    GENERATION BIGINT      NOT NULL
);

INSERT INTO CORE_DATA_GENERATION (MODULE, GENERATION) VALUES ('core', 0);
