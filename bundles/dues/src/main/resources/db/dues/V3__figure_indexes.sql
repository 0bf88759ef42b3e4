-- Dues v3: indexes that hold every column the figures read, so a district's sums and arrears are read from the
-- index alone instead of fetching each due's row (the district's panel read all 47,000 demo rows twice over).
-- Portable SQL (Derby, PostgreSQL).
CREATE INDEX DUES_DUE_SUMS_IX ON DUES_DUE (ORG_PATH, PERIOD, STATUS, AMOUNT_DUE, PAID_AMOUNT);
CREATE INDEX DUES_DUE_UNPAID_IX ON DUES_DUE (STATUS, PERIOD, ORG_PATH, MEMBER_ID, MONTH_ID);
