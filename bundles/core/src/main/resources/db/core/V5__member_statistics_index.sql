-- Core schema v5: the dashboard's member figures (members by category and status under a subtree) read only this
-- index. Without it the GROUP BY read the base row of every member in the subtree: 1.2 s for a city of 300,000
-- members (bench/findings.md), growing faster than the data. ID is included because COUNT(m) counts ids.
-- Portable SQL (Derby 10.14 and PostgreSQL).

CREATE INDEX CORE_MEMBER_STATS_IX ON CORE_MEMBER (ORG_PATH, CATEGORY, STATUS, ID);
