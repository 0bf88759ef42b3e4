package org.grassroots.affairs.internal.terms;

import java.util.EnumMap;
import java.util.Map;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many years a term runs, per organization type, from the module's configuration (PID {@code org.grassroots.affairs},
 * property {@code termYears}, e.g. {@code COMMITTEE=5,BRANCH=3,VILLAGE=5}): a unit type (村, 社区) wins over the
 * Party-organization type, because village and community organizations serve five years with their village and
 * residents' committees. Values outside 3–5 years are ignored (and logged).
 */
@Component(service = TermYears.class, configurationPid = "org.grassroots.affairs", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class TermYears {
    /** The platform's defaults: 党委 and 党工委 five years, branches and general branches three, villages and communities five. */
    public static final String DEFAULTS = "WORKING_COMMITTEE=5,COMMITTEE=5,GENERAL_BRANCH=3,BRANCH=3,JOINT_BRANCH=3,VILLAGE=5,COMMUNITY=5";
    private static final Logger LOG = LoggerFactory.getLogger(TermYears.class);

    /** The configuration: {@code termYears}, the types and their years. */
    public @interface Config {
        String termYears() default DEFAULTS;
    }

    private volatile Years years = parse(DEFAULTS);

    public TermYears() {
    }

    @Activate
    @Modified
    void configure(Config config) {
        years = parse(DEFAULTS).with(parse(config.termYears()));
    }

    public int of(Organization org) {
        return years.of(org.unitType(), org.partyOrgType());
    }

    /** The years of the settings text; unknown types and values outside 3–5 are left out. */
    static Years parse(String text) {
        Map<UnitType, Integer> byUnit = new EnumMap<>(UnitType.class);
        Map<PartyOrgType, Integer> byParty = new EnumMap<>(PartyOrgType.class);
        for (String part : (text == null ? "" : text).split(",")) {
            String[] kv = part.split("=");
            if (kv.length != 2) {
                continue;
            }
            String key = kv[0].trim();
            int value;
            try {
                value = Integer.parseInt(kv[1].trim());
            } catch (NumberFormatException e) {
                LOG.warn("termYears: {} is not a number of years; ignored", part);
                continue;
            }
            if (value < 3 || value > 5) {
                LOG.warn("termYears: {} lies outside 3 to 5 years; ignored", part);
                continue;
            }
            try {
                byUnit.put(UnitType.valueOf(key), value);
            } catch (IllegalArgumentException notUnit) {
                try {
                    byParty.put(PartyOrgType.valueOf(key), value);
                } catch (IllegalArgumentException unknown) {
                    LOG.warn("termYears: {} names no unit or Party-organization type; ignored", part);
                }
            }
        }
        return new Years(byUnit, byParty);
    }

    /** Years by unit type (first) and by Party-organization type; three when neither is set. */
    record Years(Map<UnitType, Integer> byUnit, Map<PartyOrgType, Integer> byParty) {
        int of(UnitType unit, PartyOrgType party) {
            Integer y = unit == null ? null : byUnit.get(unit);
            if (y == null && party != null) {
                y = byParty.get(party);
            }
            return y == null ? 3 : y;
        }

        Years with(Years over) {
            Map<UnitType, Integer> u = new EnumMap<>(UnitType.class);
            u.putAll(byUnit);
            u.putAll(over.byUnit);
            Map<PartyOrgType, Integer> p = new EnumMap<>(PartyOrgType.class);
            p.putAll(byParty);
            p.putAll(over.byParty);
            return new Years(u, p);
        }
    }
}
