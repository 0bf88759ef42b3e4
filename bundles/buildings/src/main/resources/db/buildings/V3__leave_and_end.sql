-- A member may leave a business district (LEFT_ON: its attendance counts until then, it can be present no later),
-- and a 两企三新 management row may end (ENDED_ON) so that the organization has no managing committee again while
-- the row stays for the figures of earlier years. One current row per organization: ACTIVE_ORGANIZATION_ID is the
-- organization's id while the row is current and NULL once it has ended, and a UNIQUE constraint on a nullable column
-- admits any number of NULLs (Derby, PostgreSQL), so the database still refuses a second current row.
ALTER TABLE BLD_DISTRICT_MEMBER ADD COLUMN LEFT_ON DATE;
ALTER TABLE BLD_MANAGEMENT ADD COLUMN ENDED_ON DATE;
ALTER TABLE BLD_MANAGEMENT ADD COLUMN ACTIVE_ORGANIZATION_ID BIGINT;
UPDATE BLD_MANAGEMENT SET ACTIVE_ORGANIZATION_ID = ORGANIZATION_ID;
ALTER TABLE BLD_MANAGEMENT DROP CONSTRAINT BLD_MANAGEMENT_UQ;
ALTER TABLE BLD_MANAGEMENT ADD CONSTRAINT BLD_MANAGEMENT_ACTIVE_UQ UNIQUE (ACTIVE_ORGANIZATION_ID);
CREATE INDEX BLD_MANAGEMENT_ORGANIZATION ON BLD_MANAGEMENT (ORGANIZATION_ID);
