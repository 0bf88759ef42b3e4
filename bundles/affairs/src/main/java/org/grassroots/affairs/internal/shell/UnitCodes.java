package org.grassroots.affairs.internal.shell;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.shell.UnitCodeCompleter;

/**
 * Every unit's code (the affairs commands report on any subtree), in tree order; the commands resolve it with
 * {@link org.grassroots.core.shell.ShellUnits}. Declared here because Karaf builds completers from the bundle's own
 * command package.
 */
@Service
public class UnitCodes extends UnitCodeCompleter {
}
