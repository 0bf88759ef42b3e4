-- Whether an absence had a proper reason (正当理由): the six-month rule (连续六个月不参加组织生活) counts only
-- absences without one. Absences recorded before this column were all given with a reason.
ALTER TABLE AFF_ATTENDANCE ADD COLUMN EXCUSED SMALLINT DEFAULT 1 NOT NULL;
