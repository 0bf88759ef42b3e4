package org.grassroots.industrial.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.grassroots.industrial.internal.Categories;
import org.grassroots.industrial.internal.Category;

@Service
public class CategoryCompleter implements Completer {
    @Reference
    private Categories categories;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return Completers.strings(categories.list().stream().map(Category::code).toList(), session, commandLine, candidates);
    }
}
