package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A course as created or edited: the offering unit (fixed once created), title, description, the hours credited for
 * passing, the pass mark in percent (60 when missing) and the materials on the web.
 */
public record CourseDraft(Long unitId, String title, String description, BigDecimal hours, Integer passMark,
                          List<Link> links) {
    /** A material on the web: what to read or watch and where. */
    public record Link(String title, String url) {
    }
}
