package org.grassroots.rolemodel.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.shell.UnitCodeCompleter;

/** Codes of the units the role-model commands are asked for: the levels of the recommendation chain. */
@Service
public class LevelCodes extends UnitCodeCompleter {
    @Override
    protected List<UnitType> unitTypes() {
        return List.of(UnitType.DISTRICT, UnitType.STREET, UnitType.PARK, UnitType.COMMUNITY, UnitType.VILLAGE, UnitType.GRID);
    }
}
