package org.grassroots.industrial.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.shell.UnitCodeCompleter;

/** Codes of the district, the parks and their grids: the units the industrial commands work on. */
@Service
public class UnitCodes extends UnitCodeCompleter {
    @Override
    protected List<UnitType> unitTypes() {
        return List.of(UnitType.DISTRICT, UnitType.PARK, UnitType.GRID);
    }
}
