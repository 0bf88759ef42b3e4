package org.grassroots.rolemodel.internal;


/** A nomination: a member (member categories) or an organization, with the deeds (事迹材料). */
public record NominationDraft(Long campaignId, AwardCategory category, Long memberId, Long organizationId, ModelField field, String deeds) {
}
