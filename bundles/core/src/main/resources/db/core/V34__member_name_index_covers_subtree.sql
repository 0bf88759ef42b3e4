-- Core schema v34: the name index also carries each member's unit path and status (issue #27, point 2). The member
-- list's default page of a subtree (by name) can then be read from this index in name order, passing over members
-- outside the subtree without reading their rows and without sorting the subtree (NameOrderedPage); the unfiltered
-- list keeps reading the first entries of the same index. Portable SQL (Derby 10.14 and PostgreSQL).

DROP INDEX CORE_MEMBER_NAME_IX;
CREATE INDEX CORE_MEMBER_NAME_IX ON CORE_MEMBER (NAME, ID, ORG_PATH, STATUS);
