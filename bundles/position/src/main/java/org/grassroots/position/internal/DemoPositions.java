package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

import org.grassroots.core.api.Organization;

/**
 * What a demo position looks like at each level of the matrix: rooms, functions, area, opening hours, coordinates
 * inside the zone (invented, seeded), the online counterpart on 灯塔—党建在线. Planned positions have no rooms yet.
 */
final class DemoPositions {
    private static final String HOURS = "周一至周日 8:30—20:00（节假日不打烊）";

    private DemoPositions() {
    }

    static PositionDraft draft(Organization host, String name, boolean featured, boolean planned, int index, Random random) {
        PositionLevel level = PositionLevel.of(host.unitType());
        List<String> rooms;
        List<PositionFunction> functions;
        int area;
        switch (level) {
            case DISTRICT -> {
                rooms = List.of("党员教育室", "便民服务大厅", "议事协商室", "展陈厅", "多功能报告厅");
                functions = List.of(PositionFunction.PARTY_ACTIVITIES, PositionFunction.EDUCATION, PositionFunction.CONVENIENCE,
                        PositionFunction.CONSULTATION, PositionFunction.VOLUNTEER);
                area = 2000;
            }
            case STREET_PARK -> {
                rooms = List.of("便民服务大厅", "党员活动室", "议事协商室", "培训教室");
                functions = host.unitType() == org.grassroots.core.api.UnitType.PARK
                        ? List.of(PositionFunction.PARTY_ACTIVITIES, PositionFunction.ENTERPRISE_SERVICE, PositionFunction.NEW_EMPLOYMENT,
                        PositionFunction.EDUCATION)
                        : List.of(PositionFunction.PARTY_ACTIVITIES, PositionFunction.CONVENIENCE, PositionFunction.CONSULTATION,
                        PositionFunction.EDUCATION);
                area = 600 + 50 * random.nextInt(13);
            }
            case VILLAGE_COMMUNITY -> {
                rooms = List.of("党员活动室", "便民服务厅", "议事协商室", "儿童之家", "老年日间照料室").subList(0, 3 + random.nextInt(3));
                functions = List.of(PositionFunction.PARTY_ACTIVITIES, PositionFunction.CONVENIENCE, PositionFunction.ELDERLY_CHILDREN,
                        PositionFunction.CULTURE_SPORTS);
                area = 300 + 20 * random.nextInt(26);
            }
            default -> {
                rooms = List.of("党群服务点");
                functions = List.of(PositionFunction.CONVENIENCE, PositionFunction.VOLUNTEER);
                area = 30 + 5 * random.nextInt(10);
            }
        }
        BigDecimal lat = BigDecimal.valueOf(36.62 + random.nextDouble() * 0.15).setScale(6, RoundingMode.HALF_UP);
        BigDecimal lon = BigDecimal.valueOf(117.05 + random.nextDouble() * 0.35).setScale(6, RoundingMode.HALF_UP);
        return new PositionDraft(host.id(), name, level, planned ? PositionStatus.PLANNED : PositionStatus.IN_USE,
                "济南高新区" + host.name(), BigDecimal.valueOf(area), planned ? List.of() : rooms, functions, planned ? null : HOURS,
                lat, lon, planned ? null : "灯塔—党建在线·" + name, planned ? null : "https://dt.dtdjzx.gov.cn/jngx/" + (1001 + index),
                featured);
    }
}
