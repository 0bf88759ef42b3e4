-- Education v5: online courses (网络课程) and their exams. A course is materials (links here, files in core's
-- attachment store) with credited hours and a question bank with a pass mark; a member who passes the exam in the
-- browser is credited the hours once (an approved credit of source COURSE). Portable SQL.
CREATE TABLE EDU_COURSE (
    ID          BIGINT        NOT NULL PRIMARY KEY,
    UNIT_ID     BIGINT        NOT NULL,
    ORG_PATH    VARCHAR(512)  NOT NULL,
    TITLE       VARCHAR(200)  NOT NULL,
    DESCRIPTION VARCHAR(4000),
    HOURS       DECIMAL(4,1)  NOT NULL,
    PASS_MARK   INTEGER       NOT NULL,
    STATUS      VARCHAR(16)   NOT NULL,
    CREATED_AT  TIMESTAMP     NOT NULL,
    CREATED_BY  VARCHAR(100)  NOT NULL,
    VERSION     BIGINT        NOT NULL
);
CREATE INDEX EDU_COURSE_PATH_IX ON EDU_COURSE (ORG_PATH, STATUS);

CREATE TABLE EDU_COURSE_LINK (
    ID        BIGINT         NOT NULL PRIMARY KEY,
    COURSE_ID BIGINT         NOT NULL,
    POSITION  INTEGER        NOT NULL,
    TITLE     VARCHAR(200)   NOT NULL,
    URL       VARCHAR(1000)  NOT NULL
);
CREATE INDEX EDU_COURSE_LINK_IX ON EDU_COURSE_LINK (COURSE_ID, POSITION);

-- a single-choice question: the choices one per line, the right one by its index (0-based)
CREATE TABLE EDU_QUESTION (
    ID        BIGINT         NOT NULL PRIMARY KEY,
    COURSE_ID BIGINT         NOT NULL,
    POSITION  INTEGER        NOT NULL,
    TEXT      VARCHAR(1000)  NOT NULL,
    CHOICES   VARCHAR(2000)  NOT NULL,
    ANSWER    INTEGER        NOT NULL
);
CREATE INDEX EDU_QUESTION_IX ON EDU_QUESTION (COURSE_ID, POSITION);

CREATE TABLE EDU_EXAM_ATTEMPT (
    ID        BIGINT       NOT NULL PRIMARY KEY,
    COURSE_ID BIGINT       NOT NULL,
    MEMBER_ID BIGINT       NOT NULL,
    UNIT_ID   BIGINT       NOT NULL,
    ORG_PATH  VARCHAR(512) NOT NULL,
    SCORE     INTEGER      NOT NULL,
    PASSED    BOOLEAN      NOT NULL,
    TAKEN_AT  TIMESTAMP    NOT NULL,
    CREDIT_ID BIGINT
);
CREATE INDEX EDU_EXAM_ATTEMPT_IX ON EDU_EXAM_ATTEMPT (COURSE_ID, MEMBER_ID);
