-- Core schema v31: blind indexes for finding a member by the last four characters of the ID number or by phone
-- (issue 15, point 3), next to the full number's ID_NUMBER_INDEX. Both are HMAC-SHA256 under the index key, so the
-- database alone tells nothing; CoreSchema fills them for rows written before this version. Not unique: namesakes
-- share suffixes, families share phones. Portable SQL (Derby, PostgreSQL).

ALTER TABLE CORE_MEMBER ADD COLUMN ID_SUFFIX_INDEX VARCHAR(64);
ALTER TABLE CORE_MEMBER ADD COLUMN PHONE_INDEX VARCHAR(64);
CREATE INDEX CORE_MEMBER_ID_SUFFIX_INDEX ON CORE_MEMBER (ID_SUFFIX_INDEX);
CREATE INDEX CORE_MEMBER_PHONE_INDEX ON CORE_MEMBER (PHONE_INDEX);
