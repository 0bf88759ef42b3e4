package org.grassroots.membership.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.ValidationException;

/**
 * The development rules, without a database (unit-tested): which step may come next given the configured steps and
 * what a file has done, the intervals between steps, the applicant's age, the votes, training hours, notice days and
 * the probation. Order problems are conflicts (409) naming the missing step and the allowed ones; values that break a
 * rule are refused fields (422).
 */
public final class PipelineRules {
    public static final String MIN_AGE = "MIN_AGE";
    public static final String PROBATION_MONTHS = "PROBATION_MONTHS";
    public static final String TRAINING_HOURS = "TRAINING_HOURS";
    public static final String NOTICE_DAYS = "NOTICE_DAYS";
    public static final String REPORT_DAYS = "REPORT_DAYS";

    private final List<StepRule> rules;
    private final Map<String, Integer> settings;

    /** What a file has done so far: each step's dates (thought reports can be many), and its probation. */
    public record History(Stage stage, LocalDate birthDate, Map<StepCode, List<LocalDate>> done, Map<StepCode, Integer> days,
                          LocalDate probationEndsOn, boolean extended) {
        LocalDate last(StepCode code) {
            List<LocalDate> dates = done.get(code);
            return dates == null || dates.isEmpty() ? null : dates.get(dates.size() - 1);
        }

        boolean has(StepCode code) {
            return last(code) != null;
        }
    }

    public PipelineRules(List<StepRule> rules, Map<String, Integer> settings) {
        this.rules = rules.stream().sorted(Comparator.comparingInt(StepRule::position)).toList();
        this.settings = settings;
    }

    public int setting(String key) {
        Integer value = settings.get(key);
        if (value == null) {
            throw new IllegalStateException("no setting " + key);
        }
        return value;
    }

    StepRule rule(StepCode code) {
        return rules.stream().filter(r -> r.code() == code).findFirst()
                .orElseThrow(() -> new IllegalStateException("no rule for " + code));
    }

    /** The age in whole years on a day. */
    static int age(LocalDate birthDate, LocalDate on) {
        return (int) ChronoUnit.YEARS.between(birthDate, on);
    }

    /** Refuses an applicant too young on the day of application. */
    public void applicantAge(LocalDate birthDate, LocalDate appliedOn, ValidationException.Builder errors) {
        int min = setting(MIN_AGE);
        if (birthDate != null && appliedOn != null && age(birthDate, appliedOn) < min) {
            errors.add("birthDate", MembershipText.TEXT.message("applicant.tooYoung", min, birthDate.plusYears(min)));
        }
    }

    /** The first enabled required step before {@code code} that the file has not done, or null. */
    StepCode missingBefore(StepCode code, History history) {
        int position = rule(code).position();
        for (StepRule r : rules) {
            if (r.position() >= position) {
                break;
            }
            if (r.enabled() && r.kind() == StepKind.REQUIRED && !history.has(r.code())) {
                return r.code();
            }
        }
        return null;
    }

    /** Whether the order allows the step now (dates aside). */
    boolean allowed(StepCode code, History history) {
        StepRule rule = rule(code);
        if (!rule.enabled() || history.stage().closed() || code == StepCode.APPLICATION) {
            return false;
        }
        if (rule.kind() == StepKind.REPEATABLE) {
            return rule.after() == null || history.has(rule.after());
        }
        if (history.has(code)) {
            return false;
        }
        if (code == StepCode.EXTENSION || code == StepCode.CANCELLATION) {
            return history.stage() == Stage.PROBATIONARY && (code != StepCode.EXTENSION || !history.extended());
        }
        return missingBefore(code, history) == null && (rule.after() == null || history.has(rule.after()));
    }

    /** The steps the file may take now, in order (for the console and the 409 answers). */
    public List<StepCode> next(History history) {
        List<StepCode> next = new ArrayList<>();
        for (StepRule r : rules) {
            if (allowed(r.code(), history)) {
                next.add(r.code());
            }
        }
        return next;
    }

    /**
     * Checks a step against the order (409 naming the missing step and the allowed ones) and its values against the
     * rules (the returned refusals, answered as 422 by the caller together with its own).
     */
    public ValidationException.Builder check(StepDraft draft, History history, LocalDate today) {
        return check(draft, history, today, null);
    }

    /**
     * As {@link #check(StepDraft, History, LocalDate)}, with the study hours the candidate attended in training sessions
     * ({@code attended}, from the module that runs them) standing for the TRAINING step's hours; null where no such
     * module is installed or enabled, and the hours typed in count.
     */
    public ValidationException.Builder check(StepDraft draft, History history, LocalDate today, BigDecimal attended) {
        StepCode code = draft.step();
        StepRule rule = rule(code);
        if (history.stage().closed()) {
            throw conflict("file.closed", history.stage());
        }
        if (code == StepCode.APPLICATION) {
            throw conflict("step.application");
        }
        if (!rule.enabled()) {
            throw conflict("step.disabled", code, allowedText(history));
        }
        if (rule.kind() != StepKind.REPEATABLE && history.has(code)) {
            throw conflict("step.done", code, history.last(code), allowedText(history));
        }
        if (code == StepCode.EXTENSION && history.extended()) {
            throw conflict("extension.once");
        }
        if ((code == StepCode.EXTENSION || code == StepCode.CANCELLATION) && history.stage() != Stage.PROBATIONARY) {
            throw conflict("step.probationOnly", code, history.stage());
        }
        if (code != StepCode.EXTENSION && code != StepCode.CANCELLATION && rule.kind() != StepKind.REPEATABLE) {
            StepCode missing = missingBefore(code, history);
            if (missing != null) {
                throw conflict("step.missing", code, missing, allowedText(history));
            }
        }
        if (rule.after() != null && !history.has(rule.after())) {
            throw conflict("step.missing", code, rule.after(), allowedText(history));
        }
        ValidationException.Builder errors = ValidationException.builder();
        LocalDate on = draft.doneOn();
        if (on == null) {
            errors.add("doneOn", MembershipText.TEXT.message("field.required"));
        } else {
            if (on.isAfter(today)) {
                errors.add("doneOn", MembershipText.TEXT.message("date.future"));
            }
            if (rule.after() != null) {
                LocalDate since = history.last(rule.after());
                long days = ChronoUnit.DAYS.between(since, on);
                int min = rule.minDays() == null ? 0 : rule.minDays();
                if (code == StepCode.ADMISSION && history.days().get(StepCode.PUBLIC_NOTICE) != null) {
                    min = Math.max(min, history.days().get(StepCode.PUBLIC_NOTICE));
                }
                if (days < min) {
                    errors.add("doneOn", MembershipText.TEXT.message("step.tooSoon", code, rule.after(), since, min, since.plusDays(min)));
                } else if (rule.maxDays() != null && days > rule.maxDays()) {
                    errors.add("doneOn", MembershipText.TEXT.message("step.tooLate", code, rule.after(), since, rule.maxDays()));
                }
            }
            if (code == StepCode.FULL_MEMBERSHIP && history.probationEndsOn() != null && on.isBefore(history.probationEndsOn())) {
                errors.add("doneOn", MembershipText.TEXT.message("probation.notEnded", history.probationEndsOn()));
            }
            if ((code == StepCode.EXTENSION || code == StepCode.CANCELLATION) && history.probationEndsOn() != null
                    && on.isAfter(history.probationEndsOn().plusMonths(1))) {
                errors.add("doneOn", MembershipText.TEXT.message("probation.ended", history.probationEndsOn()));
            }
            if (code == StepCode.ADMISSION && history.birthDate() != null && age(history.birthDate(), on) < setting(MIN_AGE)) {
                errors.add("doneOn", MembershipText.TEXT.message("admission.tooYoung", setting(MIN_AGE),
                        history.birthDate().plusYears(setting(MIN_AGE))));
            }
        }
        checkValues(draft, attended, errors);
        return errors;
    }

    private void checkValues(StepDraft draft, BigDecimal attended, ValidationException.Builder errors) {
        switch (draft.step()) {
            case ACTIVIST -> pair(draft.contacts(), "contacts", errors);
            case CANDIDATE -> {
                pair(draft.introducers(), "introducers", errors);
            }
            case TRAINING -> {
                int min = setting(TRAINING_HOURS);
                if (attended != null) {
                    if (attended.compareTo(BigDecimal.valueOf(min)) < 0) {
                        errors.add("hours", MembershipText.TEXT.message("training.attended", attended.stripTrailingZeros().toPlainString(), min));
                    }
                } else if (draft.hours() == null || draft.hours() < min || draft.hours() > 1000) {
                    errors.add("hours", MembershipText.TEXT.message("training.hours", min));
                }
            }
            case PUBLIC_NOTICE -> {
                int min = setting(NOTICE_DAYS);
                if (draft.days() == null || draft.days() < min || draft.days() > 60) {
                    errors.add("days", MembershipText.TEXT.message("notice.days", min));
                }
            }
            case FORM -> {
                String number = draft.formNumber() == null ? null : draft.formNumber().strip();
                if (number == null || !number.matches("[0-9]{1," + FormRanges.MAX_DIGITS + "}")) {
                    errors.add("formNumber", MembershipText.TEXT.message("form.number", FormRanges.MAX_DIGITS));
                }
            }
            case ADMISSION, FULL_MEMBERSHIP -> vote(draft, errors);
            case EXTENSION -> {
                if (draft.months() == null || draft.months() < 6 || draft.months() > 12) {
                    errors.add("months", MembershipText.TEXT.message("extension.months"));
                }
            }
            default -> {
            }
        }
        errors.note("note", draft.note(), 1000, false);
    }

    private static void pair(List<Long> ids, String field, ValidationException.Builder errors) {
        if (ids == null || ids.size() != 2 || ids.get(0).equals(ids.get(1))) {
            errors.add(field, MembershipText.TEXT.message("people.two"));
        }
    }

    /**
     * The branch general meeting: only full members vote; more than half of those entitled present, and more than
     * half of those entitled in favour.
     */
    static void vote(StepDraft draft, ValidationException.Builder errors) {
        Integer entitled = draft.entitled();
        Integer present = draft.present();
        Integer inFavour = draft.inFavour();
        if (entitled == null || entitled < 1 || entitled > 10000) {
            errors.add("entitled", MembershipText.TEXT.message("vote.entitled"));
            return;
        }
        if (present == null || present < 0 || present > entitled) {
            errors.add("present", MembershipText.TEXT.message("vote.present", entitled));
            return;
        }
        if (present * 2 <= entitled) {
            errors.add("present", MembershipText.TEXT.message("vote.quorum", present, entitled));
        }
        if (inFavour == null || inFavour < 0 || inFavour > present) {
            errors.add("inFavour", MembershipText.TEXT.message("vote.inFavour", present));
        } else if (inFavour * 2 <= entitled) {
            errors.add("inFavour", MembershipText.TEXT.message("vote.majority", inFavour, entitled));
        }
    }

    /** The probation's end for a join date (and an extension of some months). */
    public LocalDate probationEnd(LocalDate joinedOn, int extensionMonths) {
        return joinedOn.plusMonths(setting(PROBATION_MONTHS) + (long) extensionMonths);
    }

    private StepList allowedText(History history) {
        return new StepList(next(history));
    }

    private static ConflictException conflict(String key, Object... args) {
        return MembershipText.TEXT.conflict(key, args);
    }

    /** An empty history of a stage (tests). */
    static History history(Stage stage, LocalDate birthDate) {
        return new History(stage, birthDate, new EnumMap<>(StepCode.class), new EnumMap<>(StepCode.class), null, false);
    }
}
