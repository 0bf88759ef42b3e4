-- Education v6: development candidates (发展对象) as trainees of a session beside its members. They are not core
-- members yet, so they are named by the id of their development file in the module that keeps it (membership,
-- through core-api's TraineeDirectory), with their name as it was when added. A held (or archived) session credits
-- each trainee its hours, which prove the concentrated training (集中培训) of the candidate. Portable SQL.
CREATE TABLE EDU_TRAINEE (
    ID          BIGINT        NOT NULL PRIMARY KEY,
    SESSION_ID  BIGINT        NOT NULL,
    FILE_ID     BIGINT        NOT NULL,
    NAME        VARCHAR(100)  NOT NULL,
    UNIT_ID     BIGINT        NOT NULL,
    ORG_PATH    VARCHAR(512)  NOT NULL,
    HOURS       DECIMAL(4,1)  NOT NULL,
    ADDED_AT    TIMESTAMP     NOT NULL,
    ADDED_BY    VARCHAR(100)  NOT NULL,
    CONSTRAINT EDU_TRAINEE_UQ UNIQUE (SESSION_ID, FILE_ID)
);
CREATE INDEX EDU_TRAINEE_FILE_IX ON EDU_TRAINEE (FILE_ID);
