package org.grassroots.rural.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.shell.UnitCodeCompleter;

/** Codes of the units rural statistics are asked for: the district, its streets and villages. */
@Service
public class UnitCodes extends UnitCodeCompleter {
    @Override
    protected List<UnitType> unitTypes() {
        return List.of(UnitType.DISTRICT, UnitType.STREET, UnitType.VILLAGE);
    }
}
