package org.grassroots.rural.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.rural.internal.Classifications;
import org.grassroots.rural.internal.RunResult;

@Command(scope = "grassroots", name = "rural-classify",
        description = "Computes the year's village categories from the scores with the year's scoring model")
@Service
public class RuralClassifyCommand implements Action {
    @Reference
    private Classifications classifications;

    @Argument(name = "year", required = true, description = "Year, e.g. 2024")
    private int year;

    @Option(name = "--rerun", description = "Compute a year that was classified before again (resets proposals and confirmations; audited)")
    private boolean rerun;

    @Override
    public Object execute() {
        RunResult result = classifications.run(year, rerun, "shell");
        System.out.printf("%d: %d villages classified%s%n", result.year(), result.villages(), result.rerun() ? " (re-run)" : "");
        result.categories().forEach((category, count) ->
                System.out.printf("  %-13s %-4s %d%n", category, category.zhCN(), count));
        return null;
    }
}
