package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.UtcTimes;

/**
 * The demo's twelve months of one unit, played in memory exactly as opening ({@link Months#open} with cascade, dues
 * from {@link DueLedger#createDues}), paying ({@link Payments#payAll} on the first page of 500 unpaid dues by name),
 * settling ({@link Months#settle}, flags of {@link ArrearsFlags}) and back-paying would store them, drawing the same
 * random numbers in the same order; then written with JDBC batches in the caller's transaction. Ids come from the
 * module's sequence row in blocks, the way EclipseLink's table generator takes them, so the two never collide.
 */
final class DemoYear {
    private static final int BLOCK = 1000;
    private static final int BATCH = 500;
    private static final int PAGE = 500;

    /** One month of one unit, as stored once the year is played. */
    static final class DemoMonth {
        final long id;
        final long organizationId;
        final String path;
        final int period;
        boolean settled;
        final List<DemoDue> dues = new ArrayList<>();

        DemoMonth(long id, long organizationId, String path, int period) {
            this.id = id;
            this.organizationId = organizationId;
            this.path = path;
            this.period = period;
        }
    }

    /** One due, as stored once the year is played. */
    static final class DemoDue {
        long id;
        DemoMonth month;
        long memberId;
        String memberName;
        String category;
        BigDecimal amount;
        DueStatus status;
        LocalDate paidOn;
        PaymentChannel channel;
        boolean back;
        String note;
    }

    /** A month whose settling flags members (six months unpaid in a row): notified once the year is stored. */
    record Flag(long monthId, long organizationId, int period, List<long[]> rows, Map<Long, String> names) {
    }

    /** Work in the caller's JDBC transaction. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /** A member's base of the year as {@link Bases#saveIn} stores it (cipher of the base, null for fixed categories). */
    record DemoBase(MemberReference member, DuesCategory category, String cipher, BigDecimal monthly) {
    }

    private final Connection connection;
    private long next;
    private long end;
    final List<DemoMonth> months = new ArrayList<>();
    final List<Flag> flags = new ArrayList<>();
    int dues;

    DemoYear(Connection connection) {
        this.connection = connection;
    }

    /**
     * Plays the year: {@code below} in {@link DueLedger#membersBelow} order, {@code paths} the members' units' paths,
     * {@code stopsIn} who stops paying from which month.
     */
    void play(List<Member> below, Map<Long, String> paths, Map<Long, Integer> stopsIn, Random random) throws SQLException {
        Map<Long, Object[]> bases = bases(); // member → {category, monthly amount} of the latest year up to YEAR
        Map<Long, List<int[]>> exemptOf = exemptions();
        Map<Long, List<Member>> byUnit = new LinkedHashMap<>();
        below.forEach(m -> byUnit.computeIfAbsent(m.organizationId(), k -> new ArrayList<>()).add(m));
        Map<Long, List<DemoDue>> ofMember = new HashMap<>();
        List<DemoDue> missed = new ArrayList<>();
        List<Integer> missedIn = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            int period = DuesDemoData.YEAR * 100 + month;
            for (var e : byUnit.entrySet()) {
                DemoMonth m = new DemoMonth(id(), e.getKey(), paths.get(e.getKey()), period);
                months.add(m);
                for (Member p : e.getValue()) {
                    Object[] base = bases.get(p.id());
                    boolean exempt = exemptOf.getOrDefault(p.id(), List.of()).stream().anyMatch(x -> x[0] <= period && x[1] >= period);
                    if (base == null && !exempt) {
                        continue;
                    }
                    DemoDue d = new DemoDue();
                    d.id = id();
                    d.month = m;
                    d.memberId = p.id();
                    d.memberName = p.name();
                    d.category = base == null ? DuesCategory.NO_INCOME.name() : (String) base[0];
                    d.amount = base == null ? BigDecimal.ZERO.setScale(2) : (BigDecimal) base[1];
                    d.status = exempt ? DueStatus.EXEMPT : DueStatus.UNPAID;
                    m.dues.add(d);
                    ofMember.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(d);
                }
                dues += m.dues.size();
                List<DemoDue> unpaid = new ArrayList<>(m.dues.stream().filter(d -> d.status == DueStatus.UNPAID)
                        .sorted(Comparator.comparing((DemoDue d) -> d.memberName).thenComparingLong(d -> d.id)).toList());
                List<DemoDue> paying = new ArrayList<>();
                for (DemoDue due : unpaid.subList(0, Math.min(PAGE, unpaid.size()))) {
                    Integer stop = stopsIn.get(due.memberId);
                    boolean pays = (stop == null || month < stop) && random.nextInt(100) < (month == 12 ? 70 : 99);
                    if (pays) {
                        paying.add(due);
                    } else if (stop == null && month < 12) {
                        missed.add(due);
                        missedIn.add(month);
                    }
                }
                if (!paying.isEmpty()) {
                    LocalDate day = LocalDate.of(DuesDemoData.YEAR, month, 8 + random.nextInt(15));
                    PaymentChannel channel = random.nextInt(3) == 0 ? PaymentChannel.CASH : PaymentChannel.WECHAT;
                    paying.forEach(d -> pay(d, day, channel, null));
                }
                if (month < 12) {
                    m.settled = true;
                    flags(m, ofMember);
                }
            }
            for (int i = 0; i < missed.size(); ) {
                if (missedIn.get(i) == month - 2) {
                    DemoDue due = missed.remove(i);
                    missedIn.remove(i);
                    if (random.nextInt(100) < 70) {
                        pay(due, LocalDate.of(DuesDemoData.YEAR, month, 10 + random.nextInt(10)), PaymentChannel.CASH,
                                "补缴" + (month - 2) + "月党费");
                    }
                } else {
                    i++;
                }
            }
        }
    }

    private static void pay(DemoDue due, LocalDate day, PaymentChannel channel, String note) {
        if (due.status != DueStatus.UNPAID) {
            return;
        }
        due.status = DueStatus.PAID;
        due.paidOn = day;
        due.channel = channel;
        due.back = due.month.settled;
        due.note = note;
    }

    /** What {@link ArrearsFlags#afterSettling} reads when the month is settled, from the dues as they are now. */
    private void flags(DemoMonth month, Map<Long, List<DemoDue>> ofMember) {
        Map<Long, String> names = new HashMap<>();
        month.dues.stream().filter(d -> d.status == DueStatus.UNPAID).forEach(d -> names.put(d.memberId, d.memberName));
        List<long[]> rows = new ArrayList<>();
        names.keySet().stream().sorted().forEach(member -> ofMember.get(member).stream()
                .filter(d -> d.status == DueStatus.UNPAID && d.month.settled && d.month.period <= month.period)
                .sorted(Comparator.comparingInt(d -> d.month.period))
                .forEach(d -> rows.add(new long[] {member, d.month.period})));
        if (ArrearsRuns.of(rows).values().stream().anyMatch(a -> a.flagged() && a.longestRunEnd() == month.period)) {
            flags.add(new Flag(month.id, month.organizationId, month.period, rows, names));
        }
    }

    private Map<Long, Object[]> bases() throws SQLException {
        Map<Long, Object[]> bases = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT MEMBER_ID, CATEGORY, MONTHLY_AMOUNT FROM DUES_BASE "
                + "WHERE BASE_YEAR <= ? ORDER BY MEMBER_ID, BASE_YEAR")) {
            s.setInt(1, DuesDemoData.YEAR);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    bases.put(r.getLong(1), new Object[] {r.getString(2), r.getBigDecimal(3).setScale(2)}); // the latest wins
                }
            }
        }
        return bases;
    }

    private Map<Long, List<int[]>> exemptions() throws SQLException {
        Map<Long, List<int[]>> exempt = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT MEMBER_ID, FROM_PERIOD, TO_PERIOD FROM DUES_EXEMPTION");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                exempt.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new int[] {r.getInt(2), r.getInt(3)});
            }
        }
        return exempt;
    }

    /** Writes the bases in batches (the caller commits); returns how many. */
    static int bases(Connection connection, List<DemoBase> rows) throws SQLException {
        DemoYear ids = new DemoYear(connection);
        Timestamp now = Timestamp.valueOf(UtcTimes.now());
        try (PreparedStatement base = connection.prepareStatement("INSERT INTO DUES_BASE (ID, MEMBER_ID, MEMBER_NAME, "
                + "ORGANIZATION_ID, ORG_PATH, BASE_YEAR, CATEGORY, BASE_AMOUNT, FIXED_AMOUNT, MONTHLY_AMOUNT, NOTE, CONFIRMED_AT, "
                + "CONFIRMED_BY, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 1)")) {
            int pending = 0;
            for (DemoBase b : rows) {
                int i = 1;
                base.setLong(i++, ids.id());
                base.setLong(i++, b.member().id());
                base.setString(i++, b.member().name());
                base.setLong(i++, b.member().organizationId());
                base.setString(i++, b.member().path());
                base.setInt(i++, DuesDemoData.YEAR);
                base.setString(i++, b.category().name());
                base.setString(i++, b.cipher());
                base.setBigDecimal(i++, b.category().byBase() ? null : b.monthly());
                base.setBigDecimal(i++, b.monthly());
                base.setTimestamp(i++, now);
                base.setString(i++, DuesDemoData.ACTOR);
                base.addBatch();
                if (++pending >= BATCH) {
                    base.executeBatch();
                    pending = 0;
                }
            }
            base.executeBatch();
        }
        return rows.size();
    }

    /** Writes the played year (the caller commits). */
    void write() throws SQLException {
        Timestamp now = Timestamp.valueOf(UtcTimes.now());
        String actor = DuesDemoData.ACTOR;
        try (PreparedStatement month = connection.prepareStatement("INSERT INTO DUES_MONTH (ID, ORGANIZATION_ID, ORG_PATH, PERIOD, "
                + "STATUS, OPENED_AT, OPENED_BY, SETTLED_AT, SETTLED_BY, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement step = connection.prepareStatement("INSERT INTO DUES_MONTH_STEP (ID, MONTH_ID, ACTION, FROM_STATUS, "
                     + "TO_STATUS, ACTOR, OCCURRED_AT, NOTE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement due = connection.prepareStatement("INSERT INTO DUES_DUE (ID, MONTH_ID, MEMBER_ID, MEMBER_NAME, "
                     + "ORGANIZATION_ID, ORG_PATH, PERIOD, CATEGORY, AMOUNT_DUE, STATUS, PAID_AMOUNT, PAID_ON, CHANNEL, BACK_PAYMENT, "
                     + "RECORDED_AT, RECORDED_BY, NOTE, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (DemoMonth m : months) {
                month.setLong(1, m.id);
                month.setLong(2, m.organizationId);
                month.setString(3, m.path);
                month.setInt(4, m.period);
                month.setString(5, (m.settled ? MonthStatus.SETTLED : MonthStatus.OPEN).name());
                month.setTimestamp(6, now);
                month.setString(7, actor);
                month.setTimestamp(8, m.settled ? now : null);
                month.setString(9, m.settled ? actor : null);
                month.setLong(10, m.settled ? 2 : 1);
                month.addBatch();
                step(step, m, MonthAction.OPEN, null, MonthStatus.OPEN, now, null);
                if (m.settled) {
                    step(step, m, MonthAction.SETTLE, MonthStatus.OPEN, MonthStatus.SETTLED, now, "按时上报上级党委");
                }
                for (DemoDue d : m.dues) {
                    boolean paid = d.status == DueStatus.PAID;
                    int i = 1;
                    due.setLong(i++, d.id);
                    due.setLong(i++, m.id);
                    due.setLong(i++, d.memberId);
                    due.setString(i++, d.memberName);
                    due.setLong(i++, m.organizationId);
                    due.setString(i++, m.path);
                    due.setInt(i++, m.period);
                    due.setString(i++, d.category);
                    due.setBigDecimal(i++, d.amount);
                    due.setString(i++, d.status.name());
                    due.setBigDecimal(i++, paid ? d.amount : null);
                    due.setDate(i++, paid ? Date.valueOf(d.paidOn) : null);
                    due.setString(i++, paid ? d.channel.name() : null);
                    due.setShort(i++, (short) (d.back ? 1 : 0));
                    due.setTimestamp(i++, paid ? now : null);
                    due.setString(i++, paid ? actor : null);
                    due.setString(i++, d.note);
                    due.setLong(i++, paid ? 2 : 1);
                    due.addBatch();
                    if (++pending >= BATCH) {
                        month.executeBatch();
                        step.executeBatch();
                        due.executeBatch();
                        pending = 0;
                    }
                }
            }
            month.executeBatch();
            step.executeBatch();
            due.executeBatch();
        }
        totals();
    }

    /** The months' roll-up ({@link MonthTotals}) as the recount after each write would leave it. */
    private void totals() throws SQLException {
        try (PreparedStatement total = connection.prepareStatement("INSERT INTO " + MonthTotals.TABLE + " ("
                + MonthTotals.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (DemoMonth m : months) {
                int[] counts = new int[DueStatus.values().length];
                BigDecimal expected = DueLedger.money(null);
                BigDecimal collected = DueLedger.money(null);
                for (DemoDue d : m.dues) {
                    counts[d.status.ordinal()]++;
                    if (d.status != DueStatus.EXEMPT) {
                        expected = expected.add(d.amount);
                        collected = d.status == DueStatus.PAID ? collected.add(d.amount) : collected;
                    }
                }
                int i = 1;
                total.setLong(i++, m.id);
                total.setLong(i++, m.organizationId);
                total.setString(i++, m.path);
                total.setInt(i++, m.period);
                total.setInt(i++, m.dues.size());
                total.setInt(i++, counts[DueStatus.PAID.ordinal()]);
                total.setInt(i++, counts[DueStatus.UNPAID.ordinal()]);
                total.setInt(i++, counts[DueStatus.EXEMPT.ordinal()]);
                total.setBigDecimal(i++, expected);
                total.setBigDecimal(i++, collected);
                total.addBatch();
                if (++pending >= BATCH) {
                    total.executeBatch();
                    pending = 0;
                }
            }
            total.executeBatch();
        }
    }

    private void step(PreparedStatement step, DemoMonth m, MonthAction action, MonthStatus from, MonthStatus to, Timestamp at,
                      String note) throws SQLException {
        step.setLong(1, id());
        step.setLong(2, m.id);
        step.setString(3, action.name());
        step.setString(4, from == null ? null : from.name());
        step.setString(5, to.name());
        step.setString(6, DuesDemoData.ACTOR);
        step.setTimestamp(7, at);
        step.setString(8, note);
        step.addBatch();
    }

    private long id() throws SQLException {
        if (next >= end) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + EntityIds.SEQUENCE + " SET SEQ_COUNT = SEQ_COUNT + ? WHERE SEQ_NAME = 'DUES'")) {
                update.setLong(1, BLOCK);
                update.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT SEQ_COUNT FROM " + EntityIds.SEQUENCE + " WHERE SEQ_NAME = 'DUES'");
                 ResultSet r = select.executeQuery()) {
                r.next();
                end = r.getLong(1) + 1;
                next = end - BLOCK;
            }
        }
        return next++;
    }
}
