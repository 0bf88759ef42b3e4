package org.grassroots.membership.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.Sex;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.participation.ParticipationKind;
import org.grassroots.core.api.participation.ParticipationSource;
import org.junit.jupiter.api.Test;

/**
 * The six-month rule over what affairs and dues record: any duty lapsed for six months, or never done, flags a member
 * on the roll for more than six months; floating members, newer members and units without the module (or without
 * membership) are left out.
 */
class SixMonthRuleTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);
    private static final long BRANCH = 10;
    private static final long OTHER = 20;

    private final List<Member> roll = List.of(
            member(1, "按时参加", LocalDate.of(2010, 1, 1), MemberStatus.NORMAL, BRANCH),
            member(2, "半年未交党费", LocalDate.of(2010, 1, 1), MemberStatus.NORMAL, BRANCH),
            member(3, "从未参加", LocalDate.of(2010, 1, 1), MemberStatus.LOST_CONTACT, BRANCH),
            member(4, "流动在外", LocalDate.of(2010, 1, 1), MemberStatus.FLOATING, BRANCH),
            member(5, "新入党", LocalDate.of(2025, 3, 1), MemberStatus.NORMAL, BRANCH),
            member(6, "未启用党费的单位", LocalDate.of(2010, 1, 1), MemberStatus.NORMAL, OTHER));

    @Test
    void membersWithALapsedOrNeverDoneDutyAreFlagged() {
        SixMonthRule rule = rule(Set.of("membership/" + BRANCH, "membership/" + OTHER, "affairs/" + BRANCH, "dues/" + BRANCH,
                "affairs/" + OTHER));
        rule.addSource(source("affairs", ParticipationKind.ORGANIZATIONAL_LIFE,
                Map.of(1L, LocalDate.of(2025, 6, 1), 2L, LocalDate.of(2025, 5, 20), 6L, LocalDate.of(2025, 4, 2))));
        rule.addSource(source("dues", ParticipationKind.DUES,
                Map.of(1L, LocalDate.of(2025, 6, 30), 2L, LocalDate.of(2024, 11, 30))));

        List<SixMonthCase> cases = rule.cases(BRANCH, "/1/", DAY);

        assertEquals(List.of(3L, 2L), cases.stream().map(SixMonthCase::memberId).toList());
        SixMonthCase never = cases.get(0);
        assertEquals(List.of(new SixMonthCase.Gap(ParticipationKind.ORGANIZATIONAL_LIFE, null),
                new SixMonthCase.Gap(ParticipationKind.DUES, null)), never.gaps());
        assertEquals(LocalDate.of(2010, 7, 1), never.since());
        SixMonthCase dues = cases.get(1);
        assertEquals(List.of(new SixMonthCase.Gap(ParticipationKind.DUES, LocalDate.of(2024, 11, 30))), dues.gaps());
        assertEquals(LocalDate.of(2025, 5, 30), dues.since());
    }

    @Test
    void nothingIsCheckedWithoutAModuleThatRecordsIt() {
        assertEquals(List.of(), rule(Set.of()).cases(BRANCH, "/1/", DAY));
    }

    private SixMonthRule rule(Set<String> enabled) {
        ModuleScope scope = proxy(ModuleScope.class, (name, args) -> name.equals("name") ? "第一支部" : null);
        ModuleScopes scopes = proxy(ModuleScopes.class, (name, args) -> scope);
        MemberService members = proxy(MemberService.class, (name, args) -> new Page<>(roll, roll.size(), 0, 500));
        ModuleEnablement enablement = proxy(ModuleEnablement.class,
                (name, args) -> enabled.contains(args[0] + "/" + args[1]));
        return new SixMonthRule(scopes, members, enablement);
    }

    private static ParticipationSource source(String module, ParticipationKind kind, Map<Long, LocalDate> last) {
        return new ParticipationSource() {
            @Override
            public String module() {
                return module;
            }

            @Override
            public ParticipationKind kind() {
                return kind;
            }

            @Override
            public Map<Long, LocalDate> lastDates(String subtreePath) {
                return last;
            }
        };
    }

    private static Member member(long id, String name, LocalDate joined, MemberStatus status, long unit) {
        return new Member(id, name, Sex.MALE, null, null, null, null, null, MemberCategory.FULL, joined, null, unit, null,
                status, null, null, Set.of(), 0);
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (p, method, args) -> answer.answer(method.getName(), args));
    }
}
