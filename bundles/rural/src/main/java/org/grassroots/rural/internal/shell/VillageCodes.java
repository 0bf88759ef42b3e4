package org.grassroots.rural.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.shell.UnitCodeCompleter;

/** Codes of villages. */
@Service
public class VillageCodes extends UnitCodeCompleter {
    @Override
    protected List<UnitType> unitTypes() {
        return List.of(UnitType.VILLAGE);
    }
}
