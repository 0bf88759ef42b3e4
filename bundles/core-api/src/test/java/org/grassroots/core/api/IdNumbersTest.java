package org.grassroots.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 12, 31);

    @Test
    void computesTheCheckCharacterOfTheStandardExamples() {
        assertEquals('X', IdNumbers.checkCharacter("11010519491231002"));
        assertEquals('X', IdNumbers.checkCharacter("34052419800101001"));
    }

    @Test
    void checkCharacterCanBeAnyDigit() {
        // 3701121990010100 + sequence digit 1..9 walks through different remainders
        String base = "3701121990010100";
        for (char last = '0'; last <= '9'; last++) {
            String first17 = base + last;
            char check = IdNumbers.checkCharacter(first17);
            assertTrue(IdNumbers.isValid(first17 + check), first17 + check);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100", "110105194912310021", "11010519491231002A", "１1010519491231002"})
    void checkCharacterNeedsExactly17AsciiDigits(String notFirst17) {
        assertThrows(IllegalArgumentException.class, () -> IdNumbers.checkCharacter(notFirst17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "34052419800101001X", " 34052419800101001x "})
    void acceptsValidNumbers(String id) {
        assertEquals(Optional.empty(), IdNumbers.problem(id, TODAY));
        assertTrue(IdNumbers.isValid(id));
    }

    @Test
    void refusesAWrongCheckCharacterAndNamesTheRightOne() {
        assertEquals(Optional.of("check character should be X"), IdNumbers.problem("340524198001010013", TODAY));
        assertFalse(IdNumbers.isValid("340524198001010013"));
    }

    /** A number cell keeps 15 significant digits: 440305197503080113 comes back as 440305197503080000. */
    @Test
    void namesANumberCellAsTheLikelyCauseOfALastThreeDigits000ThatFailTheCheck() {
        String english = IdNumbers.problem("440305197503080000", TODAY).orElseThrow();
        assertTrue(english.contains("stored it as a number") && english.contains("text"), english);
        String chinese = IdNumbers.refusal("440305197503080000", TODAY).orElseThrow().chinese();
        assertTrue(chinese.contains("存成了数字") && chinese.contains("文本"), chinese);
        // an ID number that really ends in 000 is valid when its check character is 0
        assertTrue(IdNumbers.isValid("340524198001017000"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void requiresAValue(String id) {
        assertEquals(Optional.of("required"), IdNumbers.problem(id, TODAY));
    }

    @Test
    void refusesTheWrongLength() {
        assertEquals(Optional.of("must be 18 characters long, not 15"), IdNumbers.problem("110105491231002", TODAY));
        assertEquals(Optional.of("must be 18 characters long, not 19"), IdNumbers.problem("11010519491231002X1", TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100XX", "11010519491231002Y", "1101A519491231002X", "１1010519491231002X"})
    void refusesCharactersOtherThanDigitsAndAFinalX(String id) {
        assertEquals(Optional.of("must be 17 digits followed by a digit or X"), IdNumbers.problem(id, TODAY));
    }

    @Test
    void refusesABirthDateThatDoesNotExist() {
        String february30 = withCheck("37011219900230001");
        assertEquals(Optional.of("birth date 19900230 is not a real date"), IdNumbers.problem(february30, TODAY));
        String month13 = withCheck("37011219901301001");
        assertEquals(Optional.of("birth date 19901301 is not a real date"), IdNumbers.problem(month13, TODAY));
    }

    @Test
    void acceptsFebruary29OnlyInLeapYears() {
        assertTrue(IdNumbers.problem(withCheck("37011220000229001"), TODAY).isEmpty());
        assertFalse(IdNumbers.problem(withCheck("37011219000229001"), TODAY).isEmpty());
    }

    @Test
    void refusesABirthDateInTheFuture() {
        String bornTomorrow = withCheck("37011220250101001");
        assertEquals(Optional.of("birth date 2025-01-01 is in the future"), IdNumbers.problem(bornTomorrow, TODAY));
        assertEquals(Optional.empty(), IdNumbers.problem(bornTomorrow, LocalDate.of(2025, 1, 1)));
    }

    @Test
    void acceptsUnknownAndRetiredAddressCodes() {
        // 370181 was 章丘市 before it became a district; 999999 was never assigned
        assertTrue(IdNumbers.problem(withCheck("37018119800101001"), TODAY).isEmpty());
        assertTrue(IdNumbers.problem(withCheck("99999919800101001"), TODAY).isEmpty());
    }

    @Test
    void readsBirthDateAndSex() {
        assertEquals(LocalDate.of(1949, 12, 31), IdNumbers.birthDate("11010519491231002X"));
        assertEquals(Sex.FEMALE, IdNumbers.sex("11010519491231002X"));
        assertEquals(LocalDate.of(1980, 1, 1), IdNumbers.birthDate("34052419800101001x"));
        assertEquals(Sex.MALE, IdNumbers.sex("34052419800101001X"));
    }

    @Test
    void birthDateAndSexRefuseMalformedNumbers() {
        assertThrows(IllegalArgumentException.class, () -> IdNumbers.birthDate("3705"));
        assertThrows(IllegalArgumentException.class, () -> IdNumbers.birthDate(withCheck("37011219900230001")));
        assertThrows(IllegalArgumentException.class, () -> IdNumbers.sex(null));
    }

    @Test
    void normalizesBlanksAndLowercaseX() {
        assertEquals("34052419800101001X", IdNumbers.normalize("  34052419800101001x\t"));
        assertNull(IdNumbers.normalize(null));
    }

    @Test
    void masksAllButTheProvinceAndTheLastTwoCharacters() {
        assertEquals("37**************3X", IdNumbers.mask("37051219800101123X"));
        assertEquals("34**************1X", IdNumbers.mask(" 34052419800101001x"));
        assertEquals("*****", IdNumbers.mask("12345"));
        assertNull(IdNumbers.mask(null));
    }

    @Test
    void masksTheMiddleOfPhoneNumbers() {
        assertEquals("138****5678", IdNumbers.maskPhone("13812345678"));
        assertEquals("053******6666", IdNumbers.maskPhone("0531-88886666"));
        assertEquals("*******", IdNumbers.maskPhone("8888666"));
        assertNull(IdNumbers.maskPhone(null));
    }

    private static String withCheck(String first17) {
        return first17 + IdNumbers.checkCharacter(first17);
    }

    @Test
    void refusalsReadInChineseAndEnglish() {
        java.util.Locale zh = org.grassroots.core.api.text.Languages.ZH_CN;
        assertEquals("公民身份号码校验位应为 X",
                IdNumbers.refusal("340524198001010013", TODAY).orElseThrow().in(zh));
        assertEquals("check character should be X",
                IdNumbers.refusal("340524198001010013", TODAY).orElseThrow().in(java.util.Locale.ENGLISH));
        assertEquals("公民身份号码应为 18 位，现为 10 位", IdNumbers.refusal("3405241980", TODAY).orElseThrow().in(zh));
        assertEquals("必填", IdNumbers.refusal(" ", TODAY).orElseThrow().in(zh));
        assertEquals(Optional.of("check character should be X"), IdNumbers.problem("340524198001010013", TODAY));
    }

    @Test
    void everyCoreApiMessageExistsInBothLanguages() {
        assertEquals(java.util.Set.of(), org.grassroots.core.api.text.MessageBundle.of(IdNumbers.class).untranslated());
    }
}
