package org.grassroots.core.internal.shell;

import java.time.Year;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.module.ModuleInfo;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleStatistics;
import org.grassroots.core.api.module.StatisticsReport;
import org.grassroots.core.internal.modules.StatisticsAggregator;

/** What each module's dashboard figures cost, so that a slow module is visible to the district's IT staff. */
@Command(scope = "grassroots", name = "statistics-cost",
        description = "Shows how long each module's dashboard figures took for a unit's subtree, and whether they came from the cache")
@Service
public class StatisticsCostCommand implements Action {
    @Reference
    private StatisticsAggregator statistics;
    @Reference
    private OrganizationService organizations;
    @Reference
    private ModuleRegistry registry;

    @Argument(name = "code", required = true, description = "Unit code (the dashboard's subtree)")
    @Completion(OrganizationCodeCompleter.class)
    private String code;

    @Option(name = "--year", description = "Year of the figures (default: this year)")
    private Integer year;

    @Override
    public Object execute() {
        Organization unit = Units.byCode(organizations, code);
        StatisticsReport report = statistics.report(unit.id(), year == null ? Year.now().getValue() : year);
        ShellTable table = new ShellTable();
        table.column("模块 / Module");
        table.column("耗时 / Cost (ms)").alignRight();
        table.column("来源 / Source");
        for (ModuleStatistics m : report.modules()) {
            table.addRow().addContent(name(m.module()), String.format("%.1f", m.costMillis()),
                    m.cached() ? "缓存（数据未变）/ cache (data unchanged)" : "本次计算 / computed now");
        }
        for (String failed : report.failed()) {
            table.addRow().addContent(name(failed), "-", "失败（见日志）/ failed (see the log)");
        }
        table.print(System.out);
        return null;
    }

    private String name(String module) {
        if ("core".equals(module)) {
            return "core 核心 / Core";
        }
        return registry.module(module).map(ModuleInfo::name).map(n -> module + " " + n.zhCN() + " / " + n.en())
                .orElse(module);
    }
}
