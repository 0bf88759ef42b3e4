-- Dues v2: when the branch was reminded to settle a month that is still open after the settling day (once per month).
-- Portable SQL (Derby, PostgreSQL).
ALTER TABLE DUES_MONTH ADD COLUMN REMINDED_AT TIMESTAMP;
