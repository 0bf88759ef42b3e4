package org.grassroots.membership.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.grassroots.core.api.IdNumbers;
import org.junit.jupiter.api.Test;

class DemoIdNumbersTest {
    private static final LocalDate BIRTH = LocalDate.of(1996, 5, 17);

    @Test
    void theFirstCopyKeepsTheNumbersTheDemoAlwaysHad() {
        String first17 = "370112" + "19960517" + "011";
        assertEquals(first17 + IdNumbers.checkCharacter(first17), DemoIdNumbers.idNumber(DemoIdNumbers.province(1), BIRTH, 11));
        assertEquals("37", DemoIdNumbers.province(1));
    }

    @Test
    void everyCopyHasItsOwnValidNumberForTheSameDraw() {
        Set<String> numbers = new HashSet<>();
        for (int copy = 1; copy <= 10; copy++) {
            String number = DemoIdNumbers.idNumber(DemoIdNumbers.province(copy), BIRTH, 1011);
            assertTrue(IdNumbers.problem(number, LocalDate.of(2024, 12, 31)).isEmpty(), number);
            assertEquals(BIRTH, IdNumbers.birthDate(number));
            assertTrue(numbers.add(number), "copy " + copy + " repeats " + number);
        }
        // core's copy 2 gives its members Beijing's code: the copy's applicants share its province
        assertEquals("11", DemoIdNumbers.province(2));
    }

    @Test
    void noMoreCopiesThanCoreWrites() {
        assertThrows(IllegalArgumentException.class, () -> DemoIdNumbers.province(0));
        assertThrows(IllegalArgumentException.class, () -> DemoIdNumbers.province(11));
    }
}
