package org.grassroots.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberDraft;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.Sex;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.core.internal.io.RowProblem;
import org.grassroots.core.internal.security.PasswordPolicy;
import org.grassroots.core.internal.validation.MemberValidator;
import org.grassroots.core.internal.validation.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Core's server messages exist in Chinese and English, and read naturally in Chinese. */
class CoreMessagesTest {
    private static final Locale ZH = Languages.ZH_CN;
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 31);

    @ParameterizedTest
    @ValueSource(strings = {
            "org.grassroots.core.internal.CoreMessages",
            "org.grassroots.core.internal.validation.MemberValidator",
            "org.grassroots.core.internal.security.PasswordPolicy",
            "org.grassroots.core.internal.io.RowProblem",
            "org.grassroots.core.internal.imports.ImportServiceImpl",
            "org.grassroots.core.internal.notify.NotifyMessages",
            "org.grassroots.core.internal.modules.ModuleMessages"})
    void everyBundleIsCompleteInBothLanguages(String anchor) throws ClassNotFoundException {
        MessageBundle bundle = MessageBundle.of(Class.forName(anchor));
        assertTrue(bundle.has("required") || bundle.has("notFound") || bundle.has("password.min-length")
                || bundle.has("cell.required") || bundle.has("failed"), anchor + " has no messages");
        assertEquals(Set.of(), bundle.untranslated(), anchor);
    }

    @Test
    void aWrongCheckCharacterNamesTheRightOneInChinese() {
        MemberDraft draft = new MemberDraft("张三", Sex.MALE, "汉族", LocalDate.of(1980, 1, 1), "340524198001010013",
                null, null, MemberCategory.FULL, LocalDate.of(2005, 7, 1), null, 1L, null, MemberStatus.NORMAL,
                null, null, Set.of());
        List<Refusal> refusals = new MemberValidator().refusals(draft, TODAY);
        assertEquals(1, refusals.size(), refusals.toString());
        assertEquals("idNumber", refusals.get(0).field());
        assertEquals("公民身份号码校验位应为 X", refusals.get(0).reason().in(ZH));
        assertEquals("check character should be X", refusals.get(0).reason().english());
    }

    @Test
    void aFutureJoiningDateAndTooYoungAMemberReadInChinese() {
        MemberDraft draft = new MemberDraft("李四", Sex.MALE, null, LocalDate.of(1980, 1, 1), null, null, "12345",
                MemberCategory.FULL, LocalDate.of(1990, 1, 1), null, 1L, null, MemberStatus.NORMAL, null, null, Set.of());
        List<String> zh = new MemberValidator().refusals(draft, TODAY).stream().map(r -> r.field() + "：" + r.reason().in(ZH))
                .toList();
        assertTrue(zh.contains("idNumber：必填"), zh.toString());
        assertTrue(zh.contains("phone：应为 11 位手机号码或带区号的固定电话，如 0531-88886666"), zh.toString());
        assertTrue(zh.contains("joinedOn：入党时应年满 18 周岁（18 周岁生日为 1998-01-01）"), zh.toString());
    }

    @Test
    void refusalsBecomeOne422ReadInTheCallersLanguage() {
        ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> Refusal.throwIfAny(List.of(new Refusal("tags",
                        MessageBundle.of(MemberValidator.class).message("tags.tooMany", 20)))));
        assertEquals("标签最多 20 个", e.errors(ZH).get(0).reason());
        assertEquals("at most 20 tags", e.errors().get(0).reason());
    }

    @Test
    void recordsAreNamedInChineseAndKeepTheirEnglish() {
        assertEquals("找不到党员 8201", CoreMessages.notFound("member", 8201).message(ZH));
        assertEquals("member 8201 not found", CoreMessages.notFound("member", 8201).getMessage());
        assertEquals("找不到单位 12", CoreMessages.notFound("organization", 12).message(ZH));
        // a type core has no Chinese name for (a module's record) stays as it is
        assertEquals("找不到industrial.visit 3", CoreMessages.notFound("industrial.visit", 3).message(ZH));
        assertEquals("单位 S01 下仍有 2 个下级单位和 0 名党员，请先转移或删除后再撤销",
                CoreMessages.message("unit.delete.notEmpty", "S01", 2, 0).in(ZH));
        assertEquals("Unit S01 still has 2 child unit(s) and 0 member(s); move or remove them first",
                CoreMessages.message("unit.delete.notEmpty", "S01", 2, 0).english());
    }

    @Test
    void passwordRulesKeepTheirNameInEnglishAndReadPlainlyInChinese() {
        var rule = new PasswordPolicy().rule("zhang", "short", null).orElseThrow();
        assertEquals("min-length: at least 12 characters", rule.english());
        assertEquals("密码至少 12 个字符", rule.in(ZH));
        assertFalse(rule.in(ZH).contains("min-length"));
    }

    @Test
    void importRowProblemsAreWrittenInTheUploadersLanguage() {
        RowProblem problem = new RowProblem(4, "所在党组织编码",
                MessageBundle.of(org.grassroots.core.internal.imports.ImportServiceImpl.class)
                        .message("unit.unknownCode", "NO-SUCH-UNIT"));
        assertEquals("没有代码为 NO-SUCH-UNIT 的单位", problem.in(ZH).reason());
        assertEquals("no unit with code NO-SUCH-UNIT", problem.in(Locale.ENGLISH).reason());
        assertEquals(4, problem.in(ZH).row());
    }
}
