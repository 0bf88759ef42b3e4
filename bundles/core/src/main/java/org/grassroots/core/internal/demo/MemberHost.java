package org.grassroots.core.internal.demo;

import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;

/** A Party organization of the demo district and how many members to generate for it. */
record MemberHost(String code, UnitType unitType, PartyOrgType partyOrgType, MemberProfile profile, String tradeTag,
                  boolean hasFirstSecretary, int members) {
}
