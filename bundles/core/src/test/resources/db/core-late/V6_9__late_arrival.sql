-- Test only: stands for a migration of a parallel branch (e.g. a V6) that reaches a database already at V9.
CREATE TABLE CORE_LATE_ARRIVAL (ID BIGINT NOT NULL PRIMARY KEY);
