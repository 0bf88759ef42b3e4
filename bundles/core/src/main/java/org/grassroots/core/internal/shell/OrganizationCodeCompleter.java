package org.grassroots.core.internal.shell;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.shell.UnitCodeCompleter;

/** Completes unit codes for core's commands: the exported completer, registered in core's command package. */
@Service
public class OrganizationCodeCompleter extends UnitCodeCompleter {
}
