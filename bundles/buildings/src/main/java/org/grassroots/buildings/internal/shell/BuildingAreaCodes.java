package org.grassroots.buildings.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.shell.UnitCodeCompleter;

/** Completes the codes of the units buildings lie under (district, streets, parks) and of the buildings themselves. */
@Service
public class BuildingAreaCodes extends UnitCodeCompleter {
    @Override
    protected List<UnitType> unitTypes() {
        return List.of(UnitType.DISTRICT, UnitType.STREET, UnitType.PARK, UnitType.BUILDING);
    }
}
