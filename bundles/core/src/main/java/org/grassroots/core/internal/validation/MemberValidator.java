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

    private static final String REQUIRED = "required";
    private static final String NOT_IN_FUTURE = "must not be in the future";

    public MemberValidator() {
    }

    /**
     * Every problem of the draft, in a stable order; empty when it is valid.
     *
     * @param today the date nothing may lie after (a parameter so that validation is reproducible)
     */
    public List<FieldError> validate(MemberDraft draft, LocalDate today) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(today, "today");
        List<FieldError> errors = new ArrayList<>();

        checkText(errors, "name", draft.name(), true, MAX_NAME_LENGTH);
        requirePresent(errors, "sex", draft.sex());
        checkText(errors, "ethnicity", draft.ethnicity(), false, MAX_ETHNICITY_LENGTH);
        if (draft.birthDate() == null) {
            errors.add(FieldError.of("birthDate", REQUIRED));
        } else if (draft.birthDate().isAfter(today)) {
            errors.add(FieldError.of("birthDate", NOT_IN_FUTURE));
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
        checkFloatingDestination(errors, draft);
        checkTags(errors, draft);
        return errors;
    }

    /** @return the birth date the ID number encodes, or null when the number itself is invalid */
    private static LocalDate checkIdNumber(List<FieldError> errors, MemberDraft draft, LocalDate today) {
        Optional<String> problem = IdNumbers.problem(draft.idNumber(), today);
        if (problem.isPresent()) {
            errors.add(FieldError.of("idNumber", problem.get()));
            return null;
        }
        LocalDate idBirthDate = IdNumbers.birthDate(draft.idNumber());
        if (draft.birthDate() != null && !draft.birthDate().equals(idBirthDate)) {
            errors.add(FieldError.of("birthDate", "does not match the birth date in the ID number (" + idBirthDate + ")"));
        }
        Sex idSex = IdNumbers.sex(draft.idNumber());
        if (draft.sex() != null && draft.sex() != idSex) {
            errors.add(FieldError.of("sex", "does not match the ID number, whose sequence digit says "
                    + idSex + " (" + idSex.label() + ")"));
        }
        return idBirthDate;
    }

    private static void checkPhone(List<FieldError> errors, String phone) {
        if (phone != null && !phone.isBlank() && !Phones.isValid(phone)) {
            errors.add(FieldError.of("phone",
                    "must be an 11-digit mobile number or a landline with area code, e.g. 0531-88886666"));
        }
    }

    private static void checkJoinedOn(List<FieldError> errors, LocalDate joinedOn, LocalDate birthDate, LocalDate today) {
        if (joinedOn == null) {
            errors.add(FieldError.of("joinedOn", REQUIRED));
            return;
        }
        if (joinedOn.isAfter(today)) {
            errors.add(FieldError.of("joinedOn", NOT_IN_FUTURE));
        }
        if (birthDate != null) {
            LocalDate eighteenthBirthday = birthDate.plusYears(MIN_JOINING_AGE);
            if (joinedOn.isBefore(eighteenthBirthday)) {
                errors.add(FieldError.of("joinedOn", "the member must be at least " + MIN_JOINING_AGE
                        + " when joining (18th birthday " + eighteenthBirthday + ")"));
            }
        }
    }

    /**
     * The full-membership date is optional (old records often lack it), but when given it must fit: only full
     * members have one, and it cannot precede joining. A date in the future would mean the member is still
     * probationary.
     */
    private static void checkFullMemberOn(List<FieldError> errors, MemberDraft draft, LocalDate today) {
        LocalDate fullMemberOn = draft.fullMemberOn();
        if (fullMemberOn == null) {
            return;
        }
        if (draft.category() == MemberCategory.PROBATIONARY) {
            errors.add(FieldError.of("fullMemberOn", "must be empty for a probationary member"));
        }
        if (draft.joinedOn() != null && fullMemberOn.isBefore(draft.joinedOn())) {
            errors.add(FieldError.of("fullMemberOn", "must not be before joinedOn (" + draft.joinedOn() + ")"));
        }
        if (fullMemberOn.isAfter(today)) {
            errors.add(FieldError.of("fullMemberOn", NOT_IN_FUTURE));
        }
    }

    private static void checkFloatingDestination(List<FieldError> errors, MemberDraft draft) {
        String destination = draft.floatingDestination();
        if (draft.status() == MemberStatus.FLOATING && (destination == null || destination.isBlank())) {
            errors.add(FieldError.of("floatingDestination", "required when status is FLOATING"));
        } else {
            checkText(errors, "floatingDestination", destination, false, MAX_DESTINATION_LENGTH);
        }
    }

    private static void checkTags(List<FieldError> errors, MemberDraft draft) {
        if (draft.tags().size() > MAX_TAGS) {
            errors.add(FieldError.of("tags", "at most " + MAX_TAGS + " tags"));
        }
        // sorted so that the same draft always yields the same errors in the same order
        for (String tag : new TreeSet<>(draft.tags())) {
            String trimmed = tag.trim();
            if (trimmed.isEmpty()) {
                errors.add(FieldError.of("tags", "must not contain a blank tag"));
            } else if (trimmed.length() > MAX_TAG_LENGTH) {
                errors.add(FieldError.of("tags", "tag \"" + trimmed + "\" is longer than " + MAX_TAG_LENGTH + " characters"));
            } else if (trimmed.contains(TAG_SEPARATOR)) {
                errors.add(FieldError.of("tags", "tag \"" + trimmed + "\" must not contain '" + TAG_SEPARATOR + "'"));
            }
        }
    }

    private static void requirePresent(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(FieldError.of(field, REQUIRED));
        }
    }

    static void checkText(List<FieldError> errors, String field, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, REQUIRED));
            }
        } else if (value.trim().length() > maxLength) {
            errors.add(FieldError.of(field, "must be at most " + maxLength + " characters"));
        }
    }
}
