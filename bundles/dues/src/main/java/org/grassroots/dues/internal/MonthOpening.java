package org.grassroots.dues.internal;

import java.util.List;

/** What opening did: the months opened, and members left out because they have no base for the year. */
public record MonthOpening(List<Month> opened, List<MissingBase> missingBases) {
}
