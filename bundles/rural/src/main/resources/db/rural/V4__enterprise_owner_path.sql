-- Rural v4: an enterprise carries a copy of its owner's materialized path (the unit that registered it), so the
-- enterprises a caller sees are chosen in SQL (ORG_PATH LIKE '<scope path>%', or an owner above the caller) instead
-- of checking every distinct owner in Java and passing the visible ones as a list of ids. Declared in the bundle's
-- Grassroots-Scoped-Tables header with unit=ORGANIZATION_ID: core fills the column for existing rows when the bundle
-- starts and rewrites it in the transaction of every unit move. Rows without an owner keep a NULL path.
ALTER TABLE RUR_ENTERPRISE ADD COLUMN ORG_PATH VARCHAR(512);
CREATE INDEX RUR_ENTERPRISE_PATH_IX ON RUR_ENTERPRISE (ORG_PATH);
