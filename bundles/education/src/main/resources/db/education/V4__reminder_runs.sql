-- Education v4: the last quarter's reminders go out on a schedule, once a month per district (root unit); a row per
-- root and month sent, so a restart or a second node does not send them twice. Portable SQL.
CREATE TABLE EDU_REMINDER_RUN (
    UNIT_ID    BIGINT      NOT NULL,
    PERIOD_KEY VARCHAR(16) NOT NULL,
    SENT_AT    TIMESTAMP   NOT NULL,
    UNITS      INTEGER     NOT NULL,
    CONSTRAINT EDU_REMINDER_RUN_PK PRIMARY KEY (UNIT_ID, PERIOD_KEY)
);
