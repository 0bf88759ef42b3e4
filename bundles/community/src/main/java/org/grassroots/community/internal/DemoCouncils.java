package org.grassroots.community.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;

/**
 * The demo district's joint councils (part of {@link CommunityDemoData}): every street's 大工委 and the 大党委 of the
 * first communities take a part-time member from each unit paired with their communities in 2024 (the first Party
 * member of that unit), hold a 2024 joint meeting with all of them present and raise issues there, some assigned to
 * a member unit and closed with the result, some still open. Fixed, not random: the figures come from the queries.
 */
final class DemoCouncils {
    static final int COMMUNITY_COUNCILS = 12;
    /** The part-time members a street's 大工委 takes at most (one per paired unit). */
    private static final int STREET_MEMBERS = 5;
    private static final List<String> STREET_ISSUES = List.of("背街小巷停车难综合治理", "老旧小区加装电梯协调推进",
            "辖区企业与社区居民就业岗位对接", "新就业群体服务阵地共建共享", "社区嵌入式养老服务站运营");
    private static final List<String> COMMUNITY_ISSUES = List.of("楼道堆物清理和消防通道整治", "“四点半课堂”场地和志愿者保障",
            "暖新驿站夜间开放值守", "小区充电桩安装协调");

    private DemoCouncils() {
    }

    static int load(EntityManager em, MemberService members, List<Organization> streets, List<Organization> communities,
                    String actor) {
        int rows = 0;
        for (int i = 0; i < streets.size(); i++) {
            rows += council(em, members, streets.get(i), STREET_MEMBERS, LocalDate.of(CommunityDemoData.YEAR, 4, 8 + i),
                    "街道“大工委”" + CommunityDemoData.YEAR + "年第一次联席会议", List.of(STREET_ISSUES.get(i % STREET_ISSUES.size()),
                            STREET_ISSUES.get((i + 1) % STREET_ISSUES.size()), STREET_ISSUES.get((i + 2) % STREET_ISSUES.size())),
                    actor);
        }
        for (int i = 0; i < Math.min(COMMUNITY_COUNCILS, communities.size()); i++) {
            rows += council(em, members, communities.get(i), 3, LocalDate.of(CommunityDemoData.YEAR, 5, 10 + i),
                    "社区“大党委”" + CommunityDemoData.YEAR + "年联席会议", List.of(COMMUNITY_ISSUES.get(i % COMMUNITY_ISSUES.size()),
                            COMMUNITY_ISSUES.get((i + 1) % COMMUNITY_ISSUES.size())), actor);
        }
        return rows;
    }

    /**
     * One council: its members, a meeting with all present, and its issues: the first assigned and closed, the last
     * (of three) closed at once, the others assigned and still open.
     */
    private static int council(EntityManager em, MemberService members, Organization unit, int size, LocalDate heldOn, String title,
                               List<String> issues, String actor) {
        List<Long> partners = em.createQuery("SELECT DISTINCT p.partnerId FROM PairingEntity p WHERE p.orgPath LIKE :path "
                        + "AND p.status = :active ORDER BY p.partnerId", Long.class).setParameter("path", unit.path() + "%")
                .setParameter("active", PairingStatus.ACTIVE).setMaxResults(size).getResultList();
        List<CouncilMemberEntity> seats = new ArrayList<>();
        for (Long partner : partners) {
            List<Member> first = members.search(MemberQuery.inSubtree(partner), new PageRequest(0, 1, "id")).items();
            if (!first.isEmpty()) {
                seats.add(seat(em, unit, first.get(0).id(), partner, actor));
            }
        }
        if (seats.isEmpty()) {
            return 0;
        }
        MeetingEntity m = new MeetingEntity();
        m.unitId = unit.id();
        m.orgPath = unit.path();
        m.title = title;
        m.heldOn = heldOn;
        m.present = seats.stream().map(s -> String.valueOf(s.id)).collect(Collectors.joining(","));
        m.minutes = "通报共建工作进展，梳理辖区需求清单和资源清单，交办议题并明确责任单位和时限。";
        m.createdAt = UtcTimes.now();
        m.createdBy = actor;
        em.persist(m);
        em.flush();
        for (int k = 0; k < issues.size(); k++) {
            IssueEntity e = new IssueEntity();
            e.meetingId = m.id;
            e.unitId = unit.id();
            e.orgPath = unit.path();
            e.title = issues.get(k);
            e.status = IssueStatus.ASSIGNED;
            e.assigneeId = seats.get(k % seats.size()).partnerId;
            e.dueOn = heldOn.plusMonths(3);
            if (k == 0) {
                e.status = IssueStatus.CLOSED;
                e.result = "责任单位牵头协调，已办结并向居民反馈";
                e.closedOn = heldOn.plusMonths(2);
            } else if (k == 2) {
                e.status = IssueStatus.CLOSED;
                e.assigneeId = null;
                e.dueOn = null;
                e.result = "会上协商一致，当场解决";
                e.closedOn = heldOn;
            }
            e.changedAt = m.createdAt;
            e.changedBy = actor;
            em.persist(e);
        }
        return 1 + seats.size() + issues.size();
    }

    private static CouncilMemberEntity seat(EntityManager em, Organization unit, long member, long partner, String actor) {
        CouncilMemberEntity c = new CouncilMemberEntity();
        c.unitId = unit.id();
        c.orgPath = unit.path();
        c.memberId = member;
        c.partnerId = partner;
        c.roleTitle = "兼职委员";
        c.startsOn = LocalDate.of(CommunityDemoData.YEAR, 1, 15);
        c.createdAt = UtcTimes.now();
        c.createdBy = actor;
        em.persist(c);
        em.flush();
        return c;
    }
}
