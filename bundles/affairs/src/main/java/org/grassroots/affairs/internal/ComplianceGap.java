package org.grassroots.affairs.internal;

import java.util.List;

public record ComplianceGap(MeetingType type, Period period, List<String> missing) {
}
