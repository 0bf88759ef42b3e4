package org.grassroots.position.internal;

import org.grassroots.core.api.ValidationException;

/**
 * Time slots of a day as wall-clock minutes: "HH:mm" on a quarter of an hour between 06:00 and 23:00 (a room is booked
 * by the quarter hour, as people write their bookings); two slots [a, b) and [c, d) overlap when a < d and c < b, so a
 * slot ending at 10:00 and one starting at 10:00 do not.
 */
final class Slots {
    static final int EARLIEST = 6 * 60;
    static final int LATEST = 23 * 60;
    static final int STEP = 15;

    private Slots() {
    }

    /** The minute of the day of {@code text}, or null (and the field refused). */
    static Integer minute(ValidationException.Builder errors, String field, String text) {
        if (text == null || text.isBlank()) {
            errors.required(field, null);
            return null;
        }
        String t = text.strip();
        if (!t.matches("\\d{1,2}:\\d{2}")) {
            errors.add(field, PosText.TEXT.message("booking.time"));
            return null;
        }
        int minute = Integer.parseInt(t.substring(0, t.indexOf(':'))) * 60 + Integer.parseInt(t.substring(t.indexOf(':') + 1));
        if (Integer.parseInt(t.substring(t.indexOf(':') + 1)) > 59 || minute < EARLIEST || minute > LATEST || minute % STEP != 0) {
            errors.add(field, PosText.TEXT.message("booking.time"));
            return null;
        }
        return minute;
    }

    /** The minute of the day of a time if a booking could start or end at it (quarter hour, 06:00 to 23:00), else null. */
    static Integer of(java.time.LocalTime time) {
        int minute = time.getHour() * 60 + time.getMinute();
        return time.getSecond() == 0 && minute >= EARLIEST && minute <= LATEST && minute % STEP == 0 ? minute : null;
    }

    static boolean overlap(int start, int end, int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    static String text(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
