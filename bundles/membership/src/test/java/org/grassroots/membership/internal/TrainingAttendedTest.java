package org.grassroots.membership.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.training.TrainingHours;
import org.grassroots.core.api.training.TrainingHoursSource;
import org.grassroots.core.api.training.TrainingSession;
import org.junit.jupiter.api.Test;

/**
 * The training hours come from the module running sessions only where it is installed and enabled at the file's unit;
 * elsewhere (and once it goes away) the TRAINING step takes hours typed in, as before.
 */
class TrainingAttendedTest {
    private static final long BRANCH = 10;
    private static final long OTHER = 20;
    private static final TrainingHours ATTENDED = new TrainingHours(7, new BigDecimal("16.5"),
            List.of(new TrainingSession(100, "发展对象培训班（一）", LocalDate.of(2026, 5, 1), new BigDecimal("16.5"))));

    @Test
    void theHoursComeFromEducationWhereItIsEnabled() {
        TrainingAttended training = new TrainingAttended(enabled(Set.of("education/" + BRANCH)));
        assertTrue(training.of(7, BRANCH).isEmpty(), "no module running sessions installed");
        TrainingHoursSource education = source();
        training.addSource(education);
        assertEquals(ATTENDED, training.of(7, BRANCH).orElseThrow());
        assertTrue(training.of(7, OTHER).isEmpty(), "not enabled at the other unit");
        training.removeSource(education);
        assertTrue(training.of(7, BRANCH).isEmpty(), "uninstalled");
    }

    @Test
    void sessionsAfterTheStepsDayProveNothing() {
        TrainingHours two = new TrainingHours(7, new BigDecimal("24.0"), List.of(
                new TrainingSession(100, "上", LocalDate.of(2026, 5, 1), new BigDecimal("16.0")),
                new TrainingSession(101, "下", LocalDate.of(2026, 5, 8), new BigDecimal("8.0"))));
        assertEquals(0, new BigDecimal("24").compareTo(TrainingAttended.heldBy(two, LocalDate.of(2026, 5, 8))));
        assertEquals(0, new BigDecimal("16").compareTo(TrainingAttended.heldBy(two, LocalDate.of(2026, 5, 7))));
        assertEquals(0, BigDecimal.ZERO.compareTo(TrainingAttended.heldBy(two, LocalDate.of(2026, 4, 30))));
    }

    private static TrainingHoursSource source() {
        return new TrainingHoursSource() {
            @Override
            public String module() {
                return "education";
            }

            @Override
            public TrainingHours hours(long fileId) {
                return fileId == 7 ? ATTENDED : new TrainingHours(fileId, BigDecimal.ZERO, List.of());
            }
        };
    }

    private static ModuleEnablement enabled(Set<String> moduleAndUnit) {
        return (ModuleEnablement) Proxy.newProxyInstance(ModuleEnablement.class.getClassLoader(),
                new Class<?>[] { ModuleEnablement.class }, (p, method, args) -> moduleAndUnit.contains(args[0] + "/" + args[1]));
    }
}
