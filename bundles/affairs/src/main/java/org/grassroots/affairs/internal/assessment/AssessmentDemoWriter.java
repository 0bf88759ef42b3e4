package org.grassroots.affairs.internal.assessment;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.grassroots.affairs.internal.assessment.AssessmentDemoPlan.DemoGrading;
import org.grassroots.affairs.internal.assessment.AssessmentDemoPlan.DemoReport;
import org.grassroots.affairs.internal.assessment.AssessmentDemoPlan.DemoSession;
import org.grassroots.core.api.Organization;

/**
 * JDBC batches for the demo year's assessment. Ids come from the module's sequence row in blocks (the block ending at
 * the value an UPDATE leaves belongs to whoever updated, as with EclipseLink's table generator), so the demo and the
 * services never hand out the same id.
 */
final class AssessmentDemoWriter implements AutoCloseable {
    private static final int BLOCK = 1000;
    private static final Timestamp OPENED = Timestamp.valueOf(LocalDate.of(AssessmentDemoPlan.YEAR, 12, 1).atTime(9, 0));
    private static final Timestamp SUBMITTED = Timestamp.valueOf(LocalDate.of(AssessmentDemoPlan.YEAR, 12, 10).atTime(9, 0));
    private static final Timestamp DECIDED = Timestamp.valueOf(LocalDate.of(AssessmentDemoPlan.YEAR, 12, 20).atTime(15, 0));
    private static final String ACTOR = AssessmentDemoPlan.ACTOR;

    private final Connection connection;
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final java.util.Map<PreparedStatement, int[]> nullTypes = new java.util.HashMap<>();
    private final PreparedStatement round;
    private final PreparedStatement criterion;
    private final PreparedStatement report;
    private final PreparedStatement rating;
    private final PreparedStatement grading;
    private final PreparedStatement score;
    private final PreparedStatement session;
    private final PreparedStatement judge;
    private long next;
    private long end;
    int rounds;
    int reports;
    int gradings;
    int sessions;

    AssessmentDemoWriter(Connection connection) throws SQLException {
        this.connection = connection;
        round = prepare("INSERT INTO AFF_ASSESS_ROUND (ID, KIND, UNIT_ID, ORG_PATH, YEAR_OF, SCHEME, STATUS, OPENED_BY, OPENED_AT, "
                + "CLOSED_BY, CLOSED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        criterion = prepare("INSERT INTO AFF_GRADE_CRITERION (ID, ROUND_ID, SORT_ORDER, NAME, MAX_SCORE) VALUES (?, ?, ?, ?, ?)");
        report = prepare("INSERT INTO AFF_SECRETARY_REPORT (ID, ROUND_ID, ORGANIZATION_ID, ORG_PATH, YEAR_OF, SECRETARY_ID, BODY, "
                + "STATUS, RESULT_GRADE, SUBMITTED_BY, SUBMITTED_AT, DECIDED_BY, DECIDED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        rating = prepare("INSERT INTO AFF_REPORT_RATING (ID, REPORT_ID, EVALUATOR_ID, GRADE, RATED_BY, RATED_AT) VALUES (?, ?, ?, ?, ?, ?)");
        grading = prepare("INSERT INTO AFF_GRADING (ID, ROUND_ID, ORGANIZATION_ID, ORG_PATH, YEAR_OF, STATUS, SELF_TOTAL, FULL_MARKS, "
                + "PROPOSED, GRADE, ASSESSED_BY, ASSESSED_AT, DECIDED_BY, DECIDED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        score = prepare("INSERT INTO AFF_GRADING_SCORE (ID, GRADING_ID, CRITERION_ID, SCORE) VALUES (?, ?, ?, ?)");
        session = prepare("INSERT INTO AFF_SESSION (ID, ORGANIZATION_ID, ORG_PATH, PRESENTER_ID, TOPIC, HELD_ON, YEAR_OF, QUARTER_OF, "
                + "RECORDED_BY, RECORDED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        judge = prepare("INSERT INTO AFF_SESSION_SCORE (ID, SESSION_ID, JUDGE_ID, SCORE, SCORED_BY, SCORED_AT) VALUES (?, ?, ?, ?, ?, ?)");
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        statements.add(s);
        return s;
    }

    long round(RoundKind kind, Organization unit, GradeScheme scheme, boolean closed) throws SQLException {
        long id = id();
        set(round, id, kind.name(), unit.id(), unit.path(), AssessmentDemoPlan.YEAR, scheme == null ? null : scheme.name(),
                (closed ? RoundStatus.CLOSED : RoundStatus.OPEN).name(), ACTOR, OPENED, closed ? ACTOR : null, closed ? DECIDED : null);
        rounds++;
        return id;
    }

    long[] criteria(long roundId, List<CriterionDraft> criteria) throws SQLException {
        long[] ids = new long[criteria.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id();
            set(criterion, ids[i], roundId, i + 1, criteria.get(i).name(), criteria.get(i).maxScore());
        }
        return ids;
    }

    void report(long roundId, Organization org, DemoReport plan, List<Long> evaluators) throws SQLException {
        long id = id();
        boolean submitted = plan.status() != ReportStatus.DRAFT;
        boolean decided = plan.status() == ReportStatus.DECIDED;
        set(report, id, roundId, org.id(), org.path(), AssessmentDemoPlan.YEAR, org.secretaryId(),
                submitted ? org.name() + "党组织书记" + AssessmentDemoPlan.YEAR + "年度抓基层党建工作述职报告" : null, plan.status().name(),
                decided ? plan.result().name() : null, submitted ? ACTOR : null, submitted ? SUBMITTED : null,
                decided ? ACTOR : null, decided ? DECIDED : null);
        for (int i = 0; i < plan.ratings().size(); i++) {
            set(rating, id(), id, evaluators.get(i), plan.ratings().get(i).name(), ACTOR, SUBMITTED);
        }
        reports++;
    }

    void grading(long roundId, Organization org, DemoGrading plan, long[] criteria, int fullMarks) throws SQLException {
        long id = id();
        boolean assessed = plan.status() != GradingStatus.PENDING;
        boolean decided = plan.status() == GradingStatus.DECIDED;
        set(grading, id, roundId, org.id(), org.path(), AssessmentDemoPlan.YEAR, plan.status().name(), assessed ? plan.total() : null,
                fullMarks, assessed ? plan.proposed().name() : null, decided ? plan.grade().name() : null, assessed ? ACTOR : null,
                assessed ? SUBMITTED : null, decided ? ACTOR : null, decided ? DECIDED : null);
        for (int i = 0; assessed && i < criteria.length; i++) {
            set(score, id(), id, criteria[i], plan.scores()[i]);
        }
        gradings++;
    }

    void session(Organization org, long presenterId, DemoSession plan, List<Long> judges) throws SQLException {
        long id = id();
        set(session, id, org.id(), org.path(), presenterId, plan.topic(), Date.valueOf(plan.heldOn()), plan.heldOn().getYear(),
                (plan.heldOn().getMonthValue() - 1) / 3 + 1, ACTOR, Timestamp.valueOf(plan.heldOn().atTime(17, 0)));
        for (int i = 0; i < plan.scores().length; i++) {
            set(judge, id(), id, judges.get(i), plan.scores()[i], ACTOR, Timestamp.valueOf(plan.heldOn().atTime(17, 0)));
        }
        sessions++;
    }

    private void set(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                // Derby wants a null of the column's own type
                int[] types = nullTypes.get(s);
                if (types == null) {
                    types = new int[values.length];
                    for (int p = 0; p < types.length; p++) {
                        types[p] = s.getParameterMetaData().getParameterType(p + 1);
                    }
                    nullTypes.put(s, types);
                }
                s.setNull(i + 1, types[i]);
            } else {
                s.setObject(i + 1, values[i]);
            }
        }
        s.addBatch();
    }

    /** Runs the batches, parents before children (the order a reader of a partial log expects). */
    void flush() throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
    }

    private long id() throws SQLException {
        if (next >= end) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + Ids.SEQUENCE + " SET SEQ_COUNT = SEQ_COUNT + ? WHERE SEQ_NAME = ?")) {
                update.setLong(1, BLOCK);
                update.setString(2, Ids.SEQUENCE_NAME);
                update.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT SEQ_COUNT FROM " + Ids.SEQUENCE + " WHERE SEQ_NAME = ?")) {
                select.setString(1, Ids.SEQUENCE_NAME);
                try (ResultSet r = select.executeQuery()) {
                    r.next();
                    end = r.getLong(1) + 1;
                    next = end - BLOCK;
                }
            }
        }
        return next++;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : statements) {
            s.close();
        }
    }
}
