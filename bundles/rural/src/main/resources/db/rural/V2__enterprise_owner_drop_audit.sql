-- Enterprises belong to the unit that registered them (ORGANIZATION_ID, a core unit id: a street or the district).
-- Streets see their own and the units above them; lists filter on this column. Rows recorded before owners were
-- kept have none and count as the district's (see docs/modules/rural.md, "Scope").
CREATE INDEX RUR_ENTERPRISE_OWNER ON RUR_ENTERPRISE (ORGANIZATION_ID);

-- Rural writes its audit lines to core's audit trail (AuditLog); the module's first table for them is unused.
DROP TABLE RUR_AUDIT;
DELETE FROM RUR_SEQUENCE WHERE SEQ_NAME = 'AUDIT';
