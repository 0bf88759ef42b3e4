-- Core schema v4: each member row carries the materialized path of its organization (CORE_MEMBER.ORG_PATH, a
-- copy of CORE_ORGANIZATION.PATH kept in step by every write: create, transfer, subtree move, import, demo data).
-- "Members of this subtree" is then one index range on ORG_PATH (LIKE 'prefix%') without a join, and the index
-- (ORG_PATH, NAME, ID) answers the page's ids in name order and the total count without reading member rows.
-- Portable SQL (Derby 10.14 and PostgreSQL).

ALTER TABLE CORE_MEMBER ADD COLUMN ORG_PATH VARCHAR(1000) DEFAULT '' NOT NULL;
UPDATE CORE_MEMBER SET ORG_PATH = (SELECT o.PATH FROM CORE_ORGANIZATION o WHERE o.ID = CORE_MEMBER.ORGANIZATION_ID);
-- without a default, a write path that forgot the path fails loudly instead of hiding the member from searches
ALTER TABLE CORE_MEMBER ALTER COLUMN ORG_PATH DROP DEFAULT;

CREATE INDEX CORE_MEMBER_ORG_PATH_IX ON CORE_MEMBER (ORG_PATH, NAME, ID);
-- the unfiltered list in name order (the default sort) is the first entries of this index: no sort, no row reads
DROP INDEX CORE_MEMBER_NAME_IX;
CREATE INDEX CORE_MEMBER_NAME_IX ON CORE_MEMBER (NAME, ID);
