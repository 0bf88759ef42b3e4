package org.grassroots.membership.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.ValidationException;
import org.junit.jupiter.api.Test;

/** The development rules as the migration configures them (V1): order, intervals, age, votes, hours and probation. */
class PipelineRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate APPLIED = LocalDate.of(2023, 1, 10);

    static final List<StepRule> RULES = List.of(
            rule(StepCode.APPLICATION, 10, StepKind.REQUIRED, null, null, null),
            rule(StepCode.TALK, 20, StepKind.REQUIRED, StepCode.APPLICATION, 0, 31),
            rule(StepCode.RECOMMENDATION, 30, StepKind.REQUIRED, StepCode.APPLICATION, 0, null),
            rule(StepCode.ACTIVIST, 40, StepKind.REQUIRED, StepCode.APPLICATION, 0, null),
            rule(StepCode.THOUGHT_REPORT, 50, StepKind.REPEATABLE, StepCode.ACTIVIST, 0, null),
            rule(StepCode.CANDIDATE, 60, StepKind.REQUIRED, StepCode.ACTIVIST, 365, null),
            rule(StepCode.POLITICAL_REVIEW, 70, StepKind.REQUIRED, StepCode.CANDIDATE, 0, null),
            rule(StepCode.TRAINING, 80, StepKind.REQUIRED, StepCode.CANDIDATE, 0, null),
            rule(StepCode.PRE_REVIEW, 90, StepKind.REQUIRED, StepCode.CANDIDATE, 0, null),
            rule(StepCode.FORM, 100, StepKind.REQUIRED, StepCode.PRE_REVIEW, 0, null),
            rule(StepCode.PUBLIC_NOTICE, 110, StepKind.REQUIRED, StepCode.PRE_REVIEW, 0, null),
            rule(StepCode.ADMISSION, 120, StepKind.REQUIRED, StepCode.PUBLIC_NOTICE, 5, null),
            rule(StepCode.APPROVAL, 130, StepKind.REQUIRED, StepCode.ADMISSION, 0, 92),
            rule(StepCode.OATH, 140, StepKind.REQUIRED, StepCode.APPROVAL, 0, null),
            rule(StepCode.EXTENSION, 150, StepKind.OPTIONAL, StepCode.ADMISSION, 0, null),
            rule(StepCode.FULL_MEMBERSHIP, 160, StepKind.REQUIRED, StepCode.ADMISSION, 0, null),
            rule(StepCode.CANCELLATION, 170, StepKind.OPTIONAL, StepCode.ADMISSION, 0, null));
    static final Map<String, Integer> SETTINGS = Map.of(PipelineRules.MIN_AGE, 18, PipelineRules.PROBATION_MONTHS, 12,
            PipelineRules.TRAINING_HOURS, 24, PipelineRules.NOTICE_DAYS, 5, PipelineRules.REPORT_DAYS, 92);

    private final PipelineRules rules = new PipelineRules(RULES, SETTINGS);

    private static StepRule rule(StepCode code, int position, StepKind kind, StepCode after, Integer min, Integer max) {
        return new StepRule(code, position, kind, after, min, max, true, 0);
    }

    private static StepDraft step(StepCode code, LocalDate on) {
        return new StepDraft(code, on, null, null, null, null, null, null, null, null, null, null);
    }

    private static PipelineRules.History applicant() {
        PipelineRules.History h = PipelineRules.history(Stage.APPLICANT, LocalDate.of(2000, 3, 3));
        h.done().put(StepCode.APPLICATION, new ArrayList<>(List.of(APPLIED)));
        return h;
    }

    @Test
    void aStepOutOfOrderNamesTheMissingStepAndTheAllowedOnes() {
        PipelineRules.History h = applicant();
        assertEquals(List.of(StepCode.TALK), rules.next(h));
        ConflictException e = assertThrows(ConflictException.class, () -> rules.check(step(StepCode.ACTIVIST, TODAY), h, TODAY));
        assertTrue(e.getMessage().contains("before Talk with the applicant"), e.getMessage());
        assertTrue(e.getMessage().contains("allowed now: Talk with the applicant"), e.getMessage());
    }

    @Test
    void theTalkComesWithinAMonthAndTheCandidateAfterAYearOfCultivation() {
        PipelineRules.History h = applicant();
        assertEquals("doneOn", fields(rules.check(step(StepCode.TALK, APPLIED.plusDays(32)), h, TODAY)).get(0));
        assertTrue(rules.check(step(StepCode.TALK, APPLIED.plusDays(31)), h, TODAY).isEmpty());
        h.done().put(StepCode.TALK, List.of(APPLIED.plusDays(10)));
        h.done().put(StepCode.RECOMMENDATION, List.of(APPLIED.plusDays(20)));
        LocalDate activist = APPLIED.plusDays(60);
        h.done().put(StepCode.ACTIVIST, List.of(activist));
        PipelineRules.History a = new PipelineRules.History(Stage.ACTIVIST, h.birthDate(), h.done(), h.days(), null, false);
        StepDraft early = new StepDraft(StepCode.CANDIDATE, activist.plusDays(364), null, null, List.of(1L, 2L), null, null, null,
                null, null, null, null);
        ValidationException refused = rules.check(early, a, TODAY).build();
        assertEquals("doneOn", refused.errors().get(0).field());
        assertTrue(refused.reason(0).in(Locale.ENGLISH).contains(activist.plusDays(365).toString()));
        StepDraft inTime = new StepDraft(StepCode.CANDIDATE, activist.plusDays(365), null, null, List.of(1L, 2L), null, null, null,
                null, null, null, null);
        assertTrue(rules.check(inTime, a, TODAY).isEmpty());
        assertTrue(rules.next(a).contains(StepCode.THOUGHT_REPORT));
    }

    @Test
    void theApplicantIsEighteen() {
        ValidationException.Builder young = ValidationException.builder();
        rules.applicantAge(LocalDate.of(2008, 6, 2), TODAY, young);
        assertEquals(List.of("birthDate"), fields(young));
        ValidationException.Builder adult = ValidationException.builder();
        rules.applicantAge(LocalDate.of(2008, 6, 1), TODAY, adult);
        assertTrue(adult.isEmpty());
    }

    @Test
    void theMeetingNeedsMoreThanHalfOfThoseEntitledPresentAndInFavour() {
        ValidationException.Builder errors = ValidationException.builder();
        PipelineRules.vote(new StepDraft(StepCode.ADMISSION, TODAY, null, null, null, null, null, null, null, 20, 10, 10), errors);
        assertEquals(List.of("present", "inFavour"), fields(errors));
        ValidationException.Builder passed = ValidationException.builder();
        PipelineRules.vote(new StepDraft(StepCode.ADMISSION, TODAY, null, null, null, null, null, null, null, 20, 11, 11), passed);
        assertTrue(passed.isEmpty());
        ValidationException.Builder crowded = ValidationException.builder();
        PipelineRules.vote(new StepDraft(StepCode.ADMISSION, TODAY, null, null, null, null, null, null, null, 20, 21, 11), crowded);
        assertEquals(List.of("present"), fields(crowded));
    }

    @Test
    void probationIsExtendedOnceAndFullMembershipWaitsForItsEnd() {
        LocalDate joined = LocalDate.of(2025, 3, 1);
        assertEquals(LocalDate.of(2026, 3, 1), rules.probationEnd(joined, 0));
        assertEquals(LocalDate.of(2026, 9, 1), rules.probationEnd(joined, 6));
        PipelineRules.History p = new PipelineRules.History(Stage.PROBATIONARY, LocalDate.of(2000, 1, 1), new java.util.EnumMap<>(Map.of(
                StepCode.ADMISSION, List.of(joined), StepCode.APPROVAL, List.of(joined.plusDays(30)),
                StepCode.OATH, List.of(joined.plusDays(40)))), new java.util.EnumMap<>(StepCode.class), LocalDate.of(2026, 9, 1), true);
        for (StepCode done : List.of(StepCode.APPLICATION, StepCode.TALK, StepCode.RECOMMENDATION, StepCode.ACTIVIST, StepCode.CANDIDATE,
                StepCode.POLITICAL_REVIEW, StepCode.TRAINING, StepCode.PRE_REVIEW, StepCode.FORM, StepCode.PUBLIC_NOTICE)) {
            p.done().put(done, List.of(LocalDate.of(2023, 1, 1)));
        }
        assertThrows(ConflictException.class, () -> rules.check(
                new StepDraft(StepCode.EXTENSION, TODAY, null, null, null, null, null, 6, null, null, null, null), p, TODAY));
        assertEquals("doneOn", fields(rules.check(new StepDraft(StepCode.FULL_MEMBERSHIP, LocalDate.of(2026, 5, 31), null, null, null, null,
                null, null, null, 20, 15, 15), p, TODAY)).get(0));
        // probationary members go on with their thought reports
        assertEquals(List.of(StepCode.THOUGHT_REPORT, StepCode.FULL_MEMBERSHIP, StepCode.CANCELLATION), rules.next(p));
    }

    @Test
    void trainingNeedsItsHours() {
        assertEquals(24, rules.setting(PipelineRules.TRAINING_HOURS));
        PipelineRules.History c = candidate();
        assertEquals(List.of("hours"), fields(rules.check(training(23), c, TODAY)));
        assertTrue(rules.check(training(24), c, TODAY).isEmpty());
    }

    @Test
    void withEducationTheTrainingTakesTheHoursAttendedAndNamesThemWhenTooFew() {
        PipelineRules.History c = candidate();
        // the hours typed in do not count: the sessions attended do
        ValidationException refused = rules.check(training(40), c, TODAY, new java.math.BigDecimal("23.5")).build();
        assertEquals("hours", refused.errors().get(0).field());
        assertTrue(refused.reason(0).in(Locale.ENGLISH).contains("attended 23.5 study hours"), refused.reason(0).in(Locale.ENGLISH));
        assertTrue(refused.reason(0).in(Locale.ENGLISH).contains("fewer than the 24 required"), refused.reason(0).in(Locale.ENGLISH));
        assertTrue(refused.reason(0).in(Locale.SIMPLIFIED_CHINESE).contains("共 23.5 学时，不足 24 学时"),
                refused.reason(0).in(Locale.SIMPLIFIED_CHINESE));
        assertTrue(rules.check(training(null), c, TODAY, new java.math.BigDecimal("24.0")).isEmpty());
        assertEquals(List.of("hours"), fields(rules.check(training(null), c, TODAY, java.math.BigDecimal.ZERO)));
    }

    private static StepDraft training(Integer hours) {
        return new StepDraft(StepCode.TRAINING, TODAY, null, null, null, hours, null, null, null, null, null, null);
    }

    /** A file at the candidate stage with every step before the training done. */
    private static PipelineRules.History candidate() {
        PipelineRules.History h = PipelineRules.history(Stage.CANDIDATE, LocalDate.of(2000, 3, 3));
        for (StepCode done : List.of(StepCode.APPLICATION, StepCode.TALK, StepCode.RECOMMENDATION, StepCode.ACTIVIST,
                StepCode.CANDIDATE, StepCode.POLITICAL_REVIEW)) {
            h.done().put(done, List.of(TODAY.minusDays(30)));
        }
        return h;
    }

    private static List<String> fields(ValidationException.Builder errors) {
        return errors.build().errors().stream().map(org.grassroots.core.api.FieldError::field).toList();
    }
}
