package org.grassroots.community.internal;

import java.time.LocalDate;

/**
 * Pairs the Party organization {@code partnerId} (an institution's or enterprise's) with the community for the period,
 * with its 资源清单 (what it brings), the community's 需求清单 and the 项目清单 agreed.
 */
public record PairingDraft(Long communityId, Long partnerId, LocalDate startsOn, LocalDate endsOn, String resources,
                           String needs, String projects) {
}
