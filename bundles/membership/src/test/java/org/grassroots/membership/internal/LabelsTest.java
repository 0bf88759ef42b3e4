package org.grassroots.membership.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.grassroots.testkit.ModuleLabelsCheck;
import org.junit.jupiter.api.Test;

/**
 * No code of the module reaches a screen without its zh-CN and English label, and every message exists in both
 * languages.
 */
class LabelsTest {
    @Test
    void everyEnumIsLabelled() {
        ModuleLabelsCheck.check(MembershipModule.describe("1.0.0"), MembershipModule.class);
    }

    @Test
    void everyMessageHasBothLanguages() {
        assertEquals(Set.of(), MembershipText.TEXT.bundle().untranslated());
    }

    @Test
    void theMissingStepAndTheAllowedOnesAreNamedInTheReadersLanguage() {
        StepList allowed = new StepList(List.of(StepCode.TALK, StepCode.RECOMMENDATION));
        assertEquals("cannot record Made a candidate before Talk with the applicant; allowed now: Talk with the applicant, Recommendation",
                MembershipText.TEXT.in(Locale.ENGLISH, "step.missing", StepCode.CANDIDATE, StepCode.TALK, allowed));
        assertEquals("“党组织派人谈话”尚未办理，不能登记“确定为发展对象”；当前可办理：党组织派人谈话、推荐（推优）",
                MembershipText.TEXT.in(Locale.SIMPLIFIED_CHINESE, "step.missing", StepCode.CANDIDATE, StepCode.TALK, allowed));
    }
}
