package org.grassroots.membership.internal.shell;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.shell.UnitCodeCompleter;

/** Completes the codes of every unit (core's completer, declared in the bundle's own Karaf-Commands package). */
@Service
public class UnitCodes extends UnitCodeCompleter {
}
