package org.grassroots.position.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.shell.UnitCodeCompleter;

/** Codes of the units the position commands report on: the district, streets, parks, villages and communities. */
@Service
public class PositionUnitCodes extends UnitCodeCompleter {
    @Override
    protected List<UnitType> unitTypes() {
        return List.of(UnitType.DISTRICT, UnitType.STREET, UnitType.PARK, UnitType.VILLAGE, UnitType.COMMUNITY);
    }
}
