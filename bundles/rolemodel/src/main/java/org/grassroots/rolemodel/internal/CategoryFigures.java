package org.grassroots.rolemodel.internal;


/** One category of a campaign: live and awarded nominations, and the places its quotas give together (0: no quota). */
public record CategoryFigures(AwardCategory category, long nominations, long awarded, long quota) {
}
