-- Rural v5: village profiles are read by subtree (ORG_PATH LIKE '<unit path>%') for the dashboard's pairing match
-- quality (a need without an industry takes its village's main industry). V3 added the column without an index, so
-- each such read scanned every village profile of the platform, however small the subtree. Portable SQL.
CREATE INDEX RUR_VILLAGE_PROFILE_PATH_IX ON RUR_VILLAGE_PROFILE (ORG_PATH);
