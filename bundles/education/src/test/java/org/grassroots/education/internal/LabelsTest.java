package org.grassroots.education.internal;

import org.grassroots.testkit.ModuleLabelsCheck;
import org.junit.jupiter.api.Test;

/** Every code the module shows has its zh-CN and English label, served by the descriptor (the platform's check). */
class LabelsTest {
    @Test
    void everyEnumAndFixedBreakdownKeyIsLabelled() {
        ModuleLabelsCheck.check(EducationModule.describe("1.0.0"), SiteStatus.class, "members", "meeting",
                "PARTY_SERVICE", "SCI_TECH", "RED_CULTURE", "AGRI_TOURISM", "HISTORY");
    }
}
