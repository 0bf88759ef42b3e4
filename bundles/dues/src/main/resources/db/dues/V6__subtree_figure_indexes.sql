-- Dues v6: the district's panel took 133 ms (quiet machine) on the demo, most of it in the arrears' query. Its
-- parameters (ORG_PATH LIKE ?, STATUS = ?, PERIOD <= ?) made Derby pick DUES_DUE_PATH_IX, which has no STATUS and
-- no MEMBER_ID: it read every due of the subtree with its row (47,040 on the demo) to keep 1,816 unpaid ones.
-- DUES_DUE_UNPAID_IX (V3) led with STATUS, PERIOD, so the LIKE on the path was no range of it and the optimizer
-- passed it over. Its replacement leads with STATUS, ORG_PATH: the unpaid dues of the subtree are one short range,
-- read from the index alone. Every query that used the old one restricts the path too.
-- The months' figures (per period and status, per organization) read DUES_MONTH through DUES_MONTH_PATH_IX and then
-- each month's row for its status and organization; the new index holds them (and the id), and leads with the same
-- two columns, so it replaces that index for the other queries (years, reminders) as well.
-- Portable SQL (Derby, PostgreSQL).
DROP INDEX DUES_DUE_UNPAID_IX;
CREATE INDEX DUES_DUE_UNPAID_PATH_IX ON DUES_DUE (STATUS, ORG_PATH, PERIOD, MEMBER_ID, MONTH_ID);

DROP INDEX DUES_MONTH_PATH_IX;
CREATE INDEX DUES_MONTH_FIGURES_IX ON DUES_MONTH (ORG_PATH, PERIOD, STATUS, ORGANIZATION_ID, ID);
