package org.grassroots.core.internal.notify;

import java.io.Serializable;
import java.util.Objects;

/** Composite key of the per-unit rows of notices and collection tasks: (parent record, addressed unit). */
public class UnitKey implements Serializable {
    private static final long serialVersionUID = 1L;
    Long parentId;
    Long unitId;

    public UnitKey() {
    }

    UnitKey(Long parentId, Long unitId) {
        this.parentId = parentId;
        this.unitId = unitId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitKey k && Objects.equals(parentId, k.parentId) && Objects.equals(unitId, k.unitId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parentId, unitId);
    }
}
