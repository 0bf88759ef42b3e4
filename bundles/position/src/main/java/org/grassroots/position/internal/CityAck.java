package org.grassroots.position.internal;

import java.util.List;

/** The city system's acknowledgement of an export: the positions it recorded. */
public record CityAck(String batch, List<AckEntry> positions) {
}
