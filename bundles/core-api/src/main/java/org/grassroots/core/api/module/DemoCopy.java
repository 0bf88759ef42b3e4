package org.grassroots.core.api.module;

import org.grassroots.core.api.Organization;

/**
 * One copy of the demo district. The demo normally holds one district, the Jinan High-tech Zone ({@code JNGX}); for
 * the benchmark's city scale an operator sets {@code demoCopies=N} in {@code etc/org.grassroots.core.cfg} and core
 * writes N equal districts under one city unit, the first being {@code JNGX} as always. The copies differ only where
 * a value must be unique across the database (unit codes, ID numbers), so every module's figures of copy k equal
 * those of copy 1 and a city's figures are N times a district's: the benchmark checks both.
 * <p>
 * A contributor writes the same part into every copy: it looks its units up within {@link #district()}
 * ({@link #holds}), seeds its random numbers as for the first copy, and makes unique whatever its own tables keep
 * unique (codes built from a unit's code are unique already; {@link #number()} tells the copy apart otherwise).
 */
@org.osgi.annotation.versioning.ProviderType
public interface DemoCopy {
    /** 1 for the first copy ({@code JNGX}), up to {@link #copies()}. */
    int number();

    /** How many copies the demo holds (1 unless {@code demoCopies} asks for more). */
    int copies();

    /** This copy's district, the root of its units. */
    Organization district();

    /**
     * The two province digits the ID numbers of this copy's people carry: {@code 37} (Shandong) in the first copy,
     * another province's in each other copy, so that people a module invents for a copy (applicants who are not
     * members yet, say) get ID numbers no other copy's people have, by drawing the rest as for the first copy.
     */
    String idNumberProvince();

    /** Whether {@code unit} belongs to this copy (lies in the subtree of {@link #district()}). */
    default boolean holds(Organization unit) {
        return district().contains(unit);
    }
}
