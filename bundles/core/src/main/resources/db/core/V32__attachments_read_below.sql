-- Files a module shares with everyone below its record's unit (a course the district publishes for its members): the
-- permission with which callers whose scope lies under the file's unit read them; NULL: only callers who see the unit.
ALTER TABLE CORE_ATTACHMENT ADD COLUMN READ_BELOW_PERMISSION VARCHAR(100);
