-- Reminders to the members who signed up, and an event's own room booking (v4). Portable SQL (Derby, PostgreSQL).

-- the account that signed up (the reminder before the event goes to its inbox) and when it was reminded (once)
ALTER TABLE POS_ATTENDANCE ADD COLUMN ACCOUNT VARCHAR(100);
ALTER TABLE POS_ATTENDANCE ADD COLUMN REMINDED_AT TIMESTAMP;

-- the room booking the event took when it was published with a room (POS_BOOKING.ID), if any
ALTER TABLE POS_EVENT ADD COLUMN BOOKING_ID BIGINT;
