package org.grassroots.core.internal.demo;

import java.time.LocalDate;
import org.grassroots.core.api.Domain;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;

/**
 * A unit as the layout plans it, before members are counted.
 *
 * @param partyOrgType the Party organization the unit hosts; null when it follows from the member count
 *                     (see {@link DemoDistrict#partyOrgTypeFor(int)})
 * @param memberWeight how many members the unit should have relative to the others; 0 for units without members
 * @param profile      who the members are; null when the unit has no members
 * @param tradeTag     the 新就业群体 tag most members of a trade organization carry (骑手, 快递员 ...), or null
 * @param hasFirstSecretary whether a 第一书记 (first secretary sent to a village) belongs to the unit
 */
record PlannedUnit(String code, String parentCode, String name, UnitType unitType, Domain domain,
                   PartyOrgType partyOrgType, int memberWeight, LocalDate foundedOn, String divisionCode,
                   MemberProfile profile, String tradeTag, boolean hasFirstSecretary) {

    boolean hostsMembers() {
        return memberWeight > 0;
    }
}
