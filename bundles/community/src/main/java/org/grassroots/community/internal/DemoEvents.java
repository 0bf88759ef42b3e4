package org.grassroots.community.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UtcTimes;

/**
 * The demo district's events, micro-wishes and joint meetings (part of {@link CommunityDemoData}): in the first
 * communities a 2024 training and 先锋论坛 and a volunteer event, all closed; a micro-wish each, every other one
 * fulfilled by the community's paired institution; and a 大党委 joint meeting with an issue closed. Fixed, not random,
 * so the module's other demo figures stay as they are.
 */
final class DemoEvents {
    static final int COMMUNITIES = 12;
    private static final List<String> WISHES = List.of("一台助听器", "一套儿童绘本", "一辆助行器", "一副老花镜", "冬季棉被两床", "学习台灯");
    private static final List<String> FOR = List.of("独居老人", "困难家庭儿童", "残疾居民", "高龄老人", "低保家庭", "留守儿童");

    private DemoEvents() {
    }

    static int load(EntityManager em, Events events, List<Organization> communities, List<Organization> institutions, String actor) {
        int rows = 0;
        for (int i = 0; i < Math.min(COMMUNITIES, communities.size()); i++) {
            Organization community = communities.get(i);
            rows += closed(em, events.store(em, community, EventKind.TRAINING, "社区“两委”成员履职能力培训", "社区党群服务中心",
                    LocalDate.of(CommunityDemoData.YEAR, 3, 10 + i), null, actor));
            rows += closed(em, events.store(em, community, EventKind.FORUM, "先锋论坛：党建引领社区治理", "社区议事厅",
                    LocalDate.of(CommunityDemoData.YEAR, 6, 5 + i), null, actor));
            rows += closed(em, events.store(em, community, EventKind.VOLUNTEER, "“双报到”党员志愿服务日", "社区广场",
                    LocalDate.of(CommunityDemoData.YEAR, 9, 1 + i), new BigDecimal("2"), actor));
            WishEntity w = new WishEntity();
            w.communityId = community.id();
            w.orgPath = community.path();
            w.title = WISHES.get(i % WISHES.size());
            w.beneficiary = FOR.get(i % FOR.size());
            w.publishedOn = LocalDate.of(CommunityDemoData.YEAR, 5, 1 + i);
            w.status = WishStatus.PUBLISHED;
            w.createdAt = UtcTimes.now();
            w.createdBy = actor;
            if (i % 2 == 0 && !institutions.isEmpty()) {
                w.status = WishStatus.FULFILLED;
                w.partnerId = institutions.get(i % institutions.size()).id();
                w.claimedAt = w.createdAt;
                w.claimedBy = actor;
                w.fulfilledOn = w.publishedOn.plusDays(20);
                w.decidedAt = w.createdAt;
                w.decidedBy = actor;
            }
            em.persist(w);
            rows++;
        }
        return rows;
    }

    private static int closed(EntityManager em, EventEntity e) {
        e.status = EventStatus.CLOSED;
        e.closedAt = e.createdAt;
        e.closedBy = e.createdBy;
        return 1;
    }
}
