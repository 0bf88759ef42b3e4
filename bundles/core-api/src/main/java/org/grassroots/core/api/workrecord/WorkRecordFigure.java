package org.grassroots.core.api.workrecord;

import org.grassroots.core.api.module.LocalizedText;

/**
 * A headline figure of a work-record section.
 *
 * @param id        stable within the module (e.g. {@code villages.demonstration}); the comparison with the year
 *                  before matches figures by it
 * @param label     what is counted, in both languages
 * @param value     the figure for the subtree and year
 * @param unit      {@code count}, {@code hours}, {@code yuan}, {@code percent} ...
 * @param drillDown the console route that lists what was counted (e.g. {@code m/rural/classification}), or
 *                  {@code null} where no page lists the records; the report page opens it for the report's unit (the
 *                  console's scope) and adds {@code ?year=<the report's year>} unless the route names a year, which
 *                  the kit's year picker honours
 */
public record WorkRecordFigure(String id, LocalizedText label, double value, String unit, String drillDown) {
}
