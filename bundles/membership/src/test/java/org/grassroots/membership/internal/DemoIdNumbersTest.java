package org.grassroots.membership.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.grassroots.core.api.IdNumbers;
import org.junit.jupiter.api.Test;

class DemoIdNumbersTest {
    private static final LocalDate BIRTH = LocalDate.of(1996, 5, 17);

    @Test
    void theFirstCopyKeepsTheNumbersTheDemoAlwaysHad() {
        String first17 = "370112" + "19960517" + "011";
        assertEquals(first17 + IdNumbers.checkCharacter(first17), DemoIdNumbers.idNumber("37", BIRTH, 11));
    }

    @Test
    void everyProvinceGivesItsOwnValidNumberForTheSameDraw() {
        Set<String> numbers = new HashSet<>();
        // the provinces core's copies give (DemoCopy.idNumberProvince): Shandong, then nine others
        for (String province : List.of("37", "11", "12", "13", "14", "15", "21", "22", "23", "31")) {
            String number = DemoIdNumbers.idNumber(province, BIRTH, 1011);
            assertTrue(IdNumbers.problem(number, LocalDate.of(2024, 12, 31)).isEmpty(), number);
            assertEquals(BIRTH, IdNumbers.birthDate(number));
            assertTrue(numbers.add(number), province + " repeats " + number);
        }
    }
}
