package ${package}.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;

import ${package}.ActivityDraft;

/** The rules an activity must meet before it is stored; every refused field is reported at once. */
final class ActivityValidator {
    static final int TITLE_MAX = 200;
    static final int PARTICIPANTS_MAX = 100_000;

    private final Clock clock;

    ActivityValidator(Clock clock) {
        this.clock = clock;
    }

    /** @throws ValidationException (422) naming each refused field */
    void check(ActivityDraft draft) {
        if (draft == null) {
            throw new ValidationException(FieldError.of("body", "required: {organizationId, title, heldOn, participants}"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.organizationId() == null) {
            errors.add(FieldError.of("organizationId", "required: the unit that held the activity"));
        }
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            errors.add(FieldError.of("title", "required"));
        } else if (title.length() > TITLE_MAX) {
            errors.add(FieldError.of("title", "at most " + TITLE_MAX + " characters"));
        }
        if (draft.heldOn() == null) {
            errors.add(FieldError.of("heldOn", "required: the date it was held (YYYY-MM-DD)"));
        } else if (draft.heldOn().isAfter(LocalDate.now(clock))) {
            errors.add(FieldError.of("heldOn", "must not be in the future"));
        }
        if (draft.participants() == null) {
            errors.add(FieldError.of("participants", "required"));
        } else if (draft.participants() < 1 || draft.participants() > PARTICIPANTS_MAX) {
            errors.add(FieldError.of("participants", "must be between 1 and " + PARTICIPANTS_MAX));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
