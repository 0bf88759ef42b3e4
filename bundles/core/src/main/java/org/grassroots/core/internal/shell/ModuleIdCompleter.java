package org.grassroots.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.grassroots.core.api.module.ModuleInfo;
import org.grassroots.core.api.module.ModuleRegistry;

/** Completes module ids: every module the registry knows (available, active or failed). */
@Service
public class ModuleIdCompleter implements Completer {
    @Reference
    private ModuleRegistry registry;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        registry.modules().stream().map(ModuleInfo::id).forEach(delegate.getStrings()::add);
        return delegate.complete(session, commandLine, candidates);
    }
}
