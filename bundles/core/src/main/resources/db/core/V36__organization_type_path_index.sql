-- Core schema v36: units of one type in a subtree (issue #27). Modules ask core for the villages (or parks, or
-- buildings) under a unit, a page of 500 at a time in path order. With only the (PATH, ID) index Derby read every
-- unit of the subtree for each page and each count: at city scale (21,000 units, 1,470 villages) three pages and two
-- counts read 100,000 rows where the district's one page read 2,100, so rural's figures grew 16 times for ten
-- times the data. With the type first, the range holds the subtree's units of that type alone, in path order.
-- Portable SQL (Derby 10.14 and PostgreSQL).

CREATE INDEX CORE_ORGANIZATION_TYPE_PATH_IX ON CORE_ORGANIZATION (UNIT_TYPE, PATH, ID);
