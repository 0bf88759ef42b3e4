package org.grassroots.education.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.shell.UnitCodeCompleter;

/** Codes of the district, streets, parks, communities and villages: the units education reports are asked for. */
@Service
public class UnitCodes extends UnitCodeCompleter {
    @Override
    protected List<UnitType> unitTypes() {
        return List.of(UnitType.DISTRICT, UnitType.STREET, UnitType.PARK, UnitType.COMMUNITY, UnitType.VILLAGE);
    }
}
