package org.grassroots.dues.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.shell.UnitCodeCompleter;

/** Codes of the units that collect dues or report on them: everything but grids. */
@Service
public class UnitCodes extends UnitCodeCompleter {
    @Override
    protected List<UnitType> unitTypes() {
        return List.of(UnitType.values()).stream().filter(t -> t != UnitType.GRID).toList();
    }
}
