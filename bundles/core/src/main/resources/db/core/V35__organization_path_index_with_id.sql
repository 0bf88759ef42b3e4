-- Core schema v35: the unit path index also carries the id (issue #27, point 2). Organization search orders a
-- subtree by (PATH, ID): with the id in the index the range comes out in that order, so the database reads the
-- page's 50 rows and stops instead of reading and sorting every unit of the subtree, and the total is counted
-- from the index alone. Portable SQL (Derby 10.14 and PostgreSQL; PostgresSchema adds its own prefix index).

DROP INDEX CORE_ORGANIZATION_PATH_IX;
CREATE INDEX CORE_ORGANIZATION_PATH_IX ON CORE_ORGANIZATION (PATH, ID);
