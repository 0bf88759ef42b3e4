package org.grassroots.community.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.shell.UnitCodeCompleter;

/** Codes of the district, the streets and the communities: the units the community commands work on. */
@Service
public class CommunityUnitCodes extends UnitCodeCompleter {
    @Override
    protected List<UnitType> unitTypes() {
        return List.of(UnitType.DISTRICT, UnitType.STREET, UnitType.COMMUNITY);
    }
}
