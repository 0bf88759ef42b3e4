package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.participation.ParticipationSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The six-month rule (党章: 连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作): the members of a subtree
 * on the roll for more than six months whose last organizational life, last month of dues (paid or exempt) or last
 * assigned work lies more than six months back, or who have none, for the secretary to look into (a proper reason,
 * or the 自行脱党 procedure). What members did comes from the modules that record it ({@link ParticipationSource}:
 * {@code affairs}, {@code dues}), for the units where those modules are enabled; a kind nobody records is not
 * checked. Floating members take part where they are, so they are left to the organization managing them there.
 */
@Component(service = SixMonthRule.class)
public class SixMonthRule {
    static final int MONTHS = 6;

    private final ModuleScope scope;
    private final MemberService members;
    private final ModuleEnablement enablement;
    private final List<ParticipationSource> sources = new CopyOnWriteArrayList<>();

    @Activate
    public SixMonthRule(@Reference ModuleScopes scopes, @Reference MemberService members,
                        @Reference ModuleEnablement enablement) {
        this.scope = scopes.of(MembershipModule.ID);
        this.members = members;
        this.enablement = enablement;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSource(ParticipationSource source) {
        sources.add(source);
    }

    void removeSource(ParticipationSource source) {
        sources.remove(source);
    }

    /** One page of the members of a unit's subtree who meet the rule on a day (today by default). */
    public SixMonthReport report(Long unitId, LocalDate asOf, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        List<ParticipationSource> now = List.copyOf(sources);
        List<SixMonthCase> all = cases(unit.id(), unit.path(), day, now);
        List<SixMonthCase> items = all.subList(Math.min(page.offset(), all.size()), Math.min(page.offset() + page.size(), all.size()));
        return new SixMonthReport(day, day.minusMonths(MONTHS), now.stream().map(ParticipationSource::kind).distinct().toList(),
                List.copyOf(items), all.size(), page.page(), page.size());
    }

    /** The cases of a subtree ({@code subtreeOf} null: everything the caller sees, {@code path} "/"). */
    List<SixMonthCase> cases(Long subtreeOf, String path, LocalDate day) {
        return cases(subtreeOf, path, day, List.copyOf(sources));
    }

    private List<SixMonthCase> cases(Long subtreeOf, String path, LocalDate day, List<ParticipationSource> now) {
        List<SixMonthCase> found = new ArrayList<>();
        if (now.isEmpty()) {
            return found;
        }
        LocalDate cutoff = day.minusMonths(MONTHS);
        Map<ParticipationSource, Map<Long, LocalDate>> last = new HashMap<>();
        now.forEach(s -> last.put(s, s.lastDates(path)));
        Map<String, Boolean> enabled = new HashMap<>();
        MemberQuery query = new MemberQuery(null, null, subtreeOf, null, null, null);
        for (int page = 0; ; page++) {
            // in the list index's order (unit path, name), so the pages come from the index alone
            Page<Member> members = this.members.search(query, new PageRequest(page, PageRequest.MAX_SIZE, null));
            for (Member m : members.items()) {
                if (m.status() == MemberStatus.FLOATING || m.joinedOn().isAfter(cutoff)
                        || !enabled.computeIfAbsent(MembershipModule.ID + "/" + m.organizationId(),
                                k -> enablement.isEnabled(MembershipModule.ID, m.organizationId()))) {
                    continue; // floating members take part where they are; units without the module are not its to check
                }
                List<SixMonthCase.Gap> gaps = new ArrayList<>();
                for (ParticipationSource s : now) {
                    if (!enabled.computeIfAbsent(s.module() + "/" + m.organizationId(),
                            k -> enablement.isEnabled(s.module(), m.organizationId()))) {
                        continue;
                    }
                    LocalDate d = last.get(s).get(m.id());
                    if (d == null || d.isBefore(cutoff)) {
                        gaps.add(new SixMonthCase.Gap(s.kind(), d));
                    }
                }
                if (!gaps.isEmpty()) {
                    found.add(of(m, gaps));
                }
            }
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= members.total()) {
                break;
            }
        }
        found.sort(Comparator.comparing(SixMonthCase::since).thenComparing(SixMonthCase::memberId));
        return found;
    }

    /** The case of a member: the day the rule was first met (six months after the earliest last day, or joining). */
    SixMonthCase of(Member m, List<SixMonthCase.Gap> gaps) {
        LocalDate since = gaps.stream().map(g -> (g.last() == null ? m.joinedOn() : g.last()).plusMonths(MONTHS))
                .min(Comparator.naturalOrder()).orElseThrow();
        return new SixMonthCase(m.id(), m.name(), m.organizationId(), scope.name(m.organizationId()), m.status(), since, gaps);
    }
}
