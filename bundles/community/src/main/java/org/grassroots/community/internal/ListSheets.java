package org.grassroots.community.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.io.Spreadsheets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Downloads (XLSX or CSV) of the lists streets and the district hand on as spreadsheets: the 双报到 pairings with their
 * 资源清单 / 需求清单 / 项目清单, and the stations' visits per month of a year. Read through the same scoped searches as
 * the pages, so a caller gets exactly the rows they may see.
 */
@Component(service = ListSheets.class)
public class ListSheets {
    public static final List<String> PAIRING_HEADERS = List.of("编号", "社区代码", "社区", "报到单位", "开始日期", "结束日期", "资源清单",
            "需求清单", "项目清单", "状态");
    public static final List<String> VISIT_HEADERS = List.of("驿站", "所在社区", "月份", "服务人次");

    private final Spreadsheets spreadsheets;
    private final Pairings pairings;
    private final Stations stations;
    private final OrganizationService organizations;

    @Activate
    public ListSheets(@Reference Spreadsheets spreadsheets, @Reference Pairings pairings, @Reference Stations stations,
                      @Reference OrganizationService organizations) {
        this.spreadsheets = spreadsheets;
        this.pairings = pairings;
        this.stations = stations;
        this.organizations = organizations;
    }

    /** The pairings under the unit, every state (rows read before the download starts streaming). */
    public List<List<String>> pairingRows(Long unit) {
        List<List<String>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Pairing> found = pairings.search(unit, null, PageRequest.of(page, PageRequest.MAX_SIZE));
            for (Pairing p : found.items()) {
                rows.add(List.of(Long.toString(p.id()), organizations.find(p.communityId()).map(Organization::code).orElse(""),
                        text(p.communityName()), text(p.partnerName()), p.startsOn().toString(),
                        p.endedOn() != null ? p.endedOn().toString() : p.endsOn() == null ? "" : p.endsOn().toString(),
                        text(p.resources()), text(p.needs()), text(p.projects()), p.status().labels().zhCN()));
            }
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= found.total()) {
                return rows;
            }
        }
    }

    /** Each station under the unit open in the year with its recorded months of that year. */
    public List<List<String>> visitRows(Long unit, int year) {
        List<List<String>> rows = new ArrayList<>();
        String prefix = year + "-";
        for (Station s : stations.list(unit, year)) {
            for (StationVisits v : stations.visits(s.id())) {
                if (v.period().startsWith(prefix)) {
                    rows.add(List.of(s.name(), text(s.unitName()), v.period(), Integer.toString(v.visits())));
                }
            }
        }
        return rows;
    }

    public void write(FileFormat format, List<String> headers, List<List<String>> rows, OutputStream out) throws IOException {
        spreadsheets.write(format, headers, rows, out);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
