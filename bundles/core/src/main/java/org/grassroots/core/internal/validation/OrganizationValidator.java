package org.grassroots.core.internal.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.OrganizationDraft;

/**
 * Checks a unit draft on its own. That the parent exists, that the code is free and that the tree stays a
 * tree needs the database and is the service's job. Text is judged trimmed, the way it is stored.
 * Field names in the errors are the {@link OrganizationDraft} component names.
 */
public class OrganizationValidator {

    static final int MAX_NAME_LENGTH = 100;
    /** Codes appear in URLs, file names and spreadsheets, so they stay plain ASCII. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    /** GB/T 2260 county-level code (6 digits) or the 12-digit statistical division code down to village level. */
    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}|\\d{12}");

    public OrganizationValidator() {
    }

    /**
     * Every problem of the draft, in a stable order; empty when it is valid.
     *
     * @param today the date the founding date may not lie after (a parameter so that validation is reproducible)
     */
    public List<FieldError> validate(OrganizationDraft draft, LocalDate today) {
        return Refusal.english(refusals(draft, today));
    }

    /** Every problem of the draft in both languages, in a stable order; empty when it is valid. */
    public List<Refusal> refusals(OrganizationDraft draft, LocalDate today) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(today, "today");
        List<Refusal> errors = new ArrayList<>();

        String code = draft.code();
        if (code == null || code.isBlank()) {
            errors.add(MemberValidator.refusal("code", "required"));
        } else if (!CODE.matcher(code.trim()).matches()) {
            errors.add(MemberValidator.refusal("code", "code.invalid"));
        }
        MemberValidator.checkText(errors, "name", draft.name(), true, MAX_NAME_LENGTH);
        if (draft.unitType() == null) {
            errors.add(MemberValidator.refusal("unitType", "required"));
        }
        if (draft.partyOrgType() == null) {
            errors.add(MemberValidator.refusal("partyOrgType", "required"));
        }
        if (draft.foundedOn() != null && draft.foundedOn().isAfter(today)) {
            errors.add(MemberValidator.refusal("foundedOn", "notInFuture"));
        }
        // optional because development zones are managed areas without official division codes
        String divisionCode = draft.divisionCode();
        if (divisionCode != null && !divisionCode.isBlank() && !DIVISION_CODE.matcher(divisionCode.trim()).matches()) {
            errors.add(MemberValidator.refusal("divisionCode", "divisionCode.invalid"));
        }
        if (draft.status() == null) {
            errors.add(MemberValidator.refusal("status", "required"));
        }
        return errors;
    }
}
