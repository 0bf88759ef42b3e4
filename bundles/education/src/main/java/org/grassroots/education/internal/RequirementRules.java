package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How the annual requirement is inherited: a unit's own setting, else the nearest setting up the tree (the longest
 * stored path that is a prefix of the unit's path), else the default of {@value EducationModule#DEFAULT_REQUIREMENT}
 * hours. Pure, so the rule is tested without a database.
 */
final class RequirementRules {
    /** The setting that applies: its path ({@code null} = the default) and hours. */
    record Applied(String path, BigDecimal hours) {
    }

    static final BigDecimal DEFAULT = BigDecimal.valueOf(EducationModule.DEFAULT_REQUIREMENT).setScale(1);

    private RequirementRules() {
    }

    /** @param settings every unit's own setting by the unit's path */
    static Applied applied(Map<String, BigDecimal> settings, String unitPath) {
        String best = null;
        for (String path : settings.keySet()) {
            if (unitPath != null && unitPath.startsWith(path) && (best == null || path.length() > best.length())) {
                best = path;
            }
        }
        return best == null ? new Applied(null, DEFAULT) : new Applied(best, settings.get(best));
    }

    /** How many hours short of the requirement (zero when met). */
    static BigDecimal shortfall(BigDecimal hours, BigDecimal requirement) {
        BigDecimal gap = requirement.subtract(hours);
        return gap.signum() > 0 ? StudyHours.of(gap) : StudyHours.zero();
    }
}
