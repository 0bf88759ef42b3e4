-- Education v2: members check themselves in to a session with its code, from 30 minutes before the start until the
-- end (the code is refused afterwards); the organizer's attendance starts from the check-ins. Portable SQL.
ALTER TABLE EDU_SESSION ADD COLUMN CHECK_IN_CODE VARCHAR(12);
CREATE INDEX EDU_SESSION_CODE_IX ON EDU_SESSION (CHECK_IN_CODE);

CREATE TABLE EDU_CHECK_IN (
    ID         BIGINT    NOT NULL PRIMARY KEY,
    SESSION_ID BIGINT    NOT NULL,
    MEMBER_ID  BIGINT    NOT NULL,
    CHECKED_AT TIMESTAMP NOT NULL,
    CONSTRAINT EDU_CHECK_IN_UQ UNIQUE (SESSION_ID, MEMBER_ID)
);
