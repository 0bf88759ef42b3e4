package org.grassroots.core.internal.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.IdNumbers;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberDraft;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.Phones;
import org.grassroots.core.api.Sex;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * Checks a member draft on its own: required fields, the ID number, and that the fields agree with each
 * other and with the ID number. Whether the organization exists and hosts a Party organization, and whether
 * the ID number is already taken, needs the database and is the service's job.
 * <p>
 * Text is judged the way it will be stored, i.e. trimmed; the maximum lengths are those of the columns.
 * Field names in the errors are the {@link MemberDraft} component names.
 */
public class MemberValidator {

    static final int MAX_NAME_LENGTH = 50;
    static final int MAX_ETHNICITY_LENGTH = 20;
    static final int MAX_EDUCATION_LENGTH = 20;
    static final int MAX_POST_LENGTH = 100;
    static final int MAX_DESTINATION_LENGTH = 200;
    static final int MAX_TAG_LENGTH = 20;
    /** Keeps all tags within the 500-character tag column. */
    static final int MAX_TAGS = 20;
    /** The tag column stores {@code ;a;b;}, so a tag cannot contain the separator. */
    static final String TAG_SEPARATOR = ";";
    /** The Party constitution admits members from the age of 18. */
    static final int MIN_JOINING_AGE = 18;

    static final MessageBundle MESSAGES = MessageBundle.of(MemberValidator.class);
    private static final Message REQUIRED = MESSAGES.message("required");
    private static final Message NOT_IN_FUTURE = MESSAGES.message("notInFuture");

    public MemberValidator() {
    }

    /**
     * Every problem of the draft, in a stable order; empty when it is valid.
     *
     * @param today the date nothing may lie after (a parameter so that validation is reproducible)
     */
    public List<FieldError> validate(MemberDraft draft, LocalDate today) {
        return Refusal.english(refusals(draft, today));
    }

    /** Every problem of the draft in both languages, in a stable order; empty when it is valid. */
    public List<Refusal> refusals(MemberDraft draft, LocalDate today) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(today, "today");
        List<Refusal> errors = new ArrayList<>();

        checkText(errors, "name", draft.name(), true, MAX_NAME_LENGTH);
        requirePresent(errors, "sex", draft.sex());
        checkText(errors, "ethnicity", draft.ethnicity(), false, MAX_ETHNICITY_LENGTH);
        if (draft.birthDate() == null) {
            errors.add(new Refusal("birthDate", REQUIRED));
        } else if (draft.birthDate().isAfter(today)) {
            errors.add(new Refusal("birthDate", NOT_IN_FUTURE));
        }
        LocalDate idBirthDate = checkIdNumber(errors, draft, today);
        checkText(errors, "education", draft.education(), false, MAX_EDUCATION_LENGTH);
        checkPhone(errors, draft.phone());
        requirePresent(errors, "category", draft.category());
        LocalDate birthDate = draft.birthDate() != null ? draft.birthDate() : idBirthDate;
        checkJoinedOn(errors, draft.joinedOn(), birthDate, today);
        checkFullMemberOn(errors, draft, today);
        requirePresent(errors, "organizationId", draft.organizationId());
        checkText(errors, "post", draft.post(), false, MAX_POST_LENGTH);
        requirePresent(errors, "status", draft.status());
        if (draft.status() == MemberStatus.LEFT) {
            // leaving is a step with its reason and day (MemberService.leave), never an edit of the status
            errors.add(refusal("status", "status.leftOnlyByLeaving"));
        }
        checkFloatingDestination(errors, draft);
        checkTags(errors, draft);
        return errors;
    }

    /** @return the birth date the ID number encodes, or null when the number itself is invalid */
    private static LocalDate checkIdNumber(List<Refusal> errors, MemberDraft draft, LocalDate today) {
        Optional<Message> problem = IdNumbers.refusal(draft.idNumber(), today);
        if (problem.isPresent()) {
            errors.add(new Refusal("idNumber", problem.get()));
            return null;
        }
        LocalDate idBirthDate = IdNumbers.birthDate(draft.idNumber());
        if (draft.birthDate() != null && !draft.birthDate().equals(idBirthDate)) {
            errors.add(refusal("birthDate", "birthDate.idMismatch", idBirthDate));
        }
        Sex idSex = IdNumbers.sex(draft.idNumber());
        if (draft.sex() != null && draft.sex() != idSex) {
            errors.add(refusal("sex", "sex.idMismatch", idSex.name(), idSex.label()));
        }
        return idBirthDate;
    }

    private static void checkPhone(List<Refusal> errors, String phone) {
        if (phone != null && !phone.isBlank() && !Phones.isValid(phone)) {
            errors.add(refusal("phone", "phone.invalid"));
        }
    }

    private static void checkJoinedOn(List<Refusal> errors, LocalDate joinedOn, LocalDate birthDate, LocalDate today) {
        if (joinedOn == null) {
            errors.add(new Refusal("joinedOn", REQUIRED));
            return;
        }
        if (joinedOn.isAfter(today)) {
            errors.add(new Refusal("joinedOn", NOT_IN_FUTURE));
        }
        if (birthDate != null) {
            LocalDate eighteenthBirthday = birthDate.plusYears(MIN_JOINING_AGE);
            if (joinedOn.isBefore(eighteenthBirthday)) {
                errors.add(refusal("joinedOn", "joinedOn.tooYoung", MIN_JOINING_AGE, eighteenthBirthday));
            }
        }
    }

    /**
     * The full-membership date is optional (old records often lack it), but when given it must fit: only full
     * members have one, and it cannot precede joining. A date in the future would mean the member is still
     * probationary.
     */
    private static void checkFullMemberOn(List<Refusal> errors, MemberDraft draft, LocalDate today) {
        LocalDate fullMemberOn = draft.fullMemberOn();
        if (fullMemberOn == null) {
            return;
        }
        if (draft.category() == MemberCategory.PROBATIONARY) {
            errors.add(refusal("fullMemberOn", "fullMemberOn.probationary"));
        }
        if (draft.joinedOn() != null && fullMemberOn.isBefore(draft.joinedOn())) {
            errors.add(refusal("fullMemberOn", "fullMemberOn.beforeJoining", draft.joinedOn()));
        }
        if (fullMemberOn.isAfter(today)) {
            errors.add(new Refusal("fullMemberOn", NOT_IN_FUTURE));
        }
    }

    private static void checkFloatingDestination(List<Refusal> errors, MemberDraft draft) {
        String destination = draft.floatingDestination();
        if (draft.status() == MemberStatus.FLOATING && (destination == null || destination.isBlank())) {
            errors.add(refusal("floatingDestination", "floatingDestination.required"));
        } else {
            checkText(errors, "floatingDestination", destination, false, MAX_DESTINATION_LENGTH);
        }
    }

    private static void checkTags(List<Refusal> errors, MemberDraft draft) {
        if (draft.tags().size() > MAX_TAGS) {
            errors.add(refusal("tags", "tags.tooMany", MAX_TAGS));
        }
        // sorted so that the same draft always yields the same errors in the same order
        for (String tag : new TreeSet<>(draft.tags())) {
            String trimmed = tag.trim();
            if (trimmed.isEmpty()) {
                errors.add(refusal("tags", "tags.blank"));
            } else if (trimmed.length() > MAX_TAG_LENGTH) {
                errors.add(refusal("tags", "tags.tooLong", trimmed, MAX_TAG_LENGTH));
            } else if (trimmed.contains(TAG_SEPARATOR)) {
                errors.add(refusal("tags", "tags.separator", trimmed, TAG_SEPARATOR));
            }
        }
    }

    private static void requirePresent(List<Refusal> errors, String field, Object value) {
        if (value == null) {
            errors.add(new Refusal(field, REQUIRED));
        }
    }

    static Refusal refusal(String field, String key, Object... args) {
        return new Refusal(field, MESSAGES.message(key, args));
    }

    static void checkText(List<Refusal> errors, String field, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new Refusal(field, REQUIRED));
            }
        } else if (value.trim().length() > maxLength) {
            errors.add(refusal(field, "tooLong", maxLength));
        }
    }
}
