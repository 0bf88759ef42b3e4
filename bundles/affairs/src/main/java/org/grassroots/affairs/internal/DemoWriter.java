package org.grassroots.affairs.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.grassroots.affairs.internal.DemoPlan.DemoMeeting;
import org.grassroots.affairs.internal.DemoPlan.DemoRating;
import org.grassroots.core.api.Organization;

/**
 * JDBC batches for the demo year. Ids come from the module's sequence row in blocks: the block ending at the value
 * an UPDATE leaves belongs to whoever updated, which is how EclipseLink's table generator allocates too, so the two
 * never hand out the same id.
 */
final class DemoWriter implements AutoCloseable {
    private static final int BLOCK = 1000;
    private static final int BATCH = 500;

    private final Connection connection;
    private final PreparedStatement meeting;
    private final PreparedStatement attendance;
    private final PreparedStatement campaign;
    private final PreparedStatement rating;
    private final PreparedStatement worker;
    private final PreparedStatement talk;
    private long next;
    private long end;
    private int pending;
    int meetings;
    int ratings;
    int workers;
    int talks;

    DemoWriter(Connection connection) throws SQLException {
        this.connection = connection;
        meeting = connection.prepareStatement("INSERT INTO AFF_MEETING (ID, ORGANIZATION_ID, ORG_PATH, MEETING_TYPE, STATUS, "
                + "TITLE, TOPICS, PLANNED_ON, PLACE, HELD_ON, HELD_YEAR, HELD_QUARTER, HELD_MONTH, LECTURER_MEMBER_ID, BY_SECRETARY, "
                + "ENTITLED, PRESENT, COUNTED, SUMMARY, RETURN_COUNT, PLANNED_BY, PLANNED_AT, HELD_BY, HELD_AT, SUBMITTED_BY, "
                + "SUBMITTED_AT, REVIEWED_BY, REVIEWED_AT, ARCHIVED_BY, ARCHIVED_AT, VERSION) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        attendance = connection.prepareStatement("INSERT INTO AFF_ATTENDANCE (ID, MEETING_ID, MEMBER_ID, PRESENT, REASON) "
                + "VALUES (?, ?, ?, 0, ?)");
        campaign = connection.prepareStatement("INSERT INTO AFF_CAMPAIGN (ID, ORGANIZATION_ID, ORG_PATH, YEAR_OF, STATUS, "
                + "OPENED_BY, OPENED_AT, CLOSED_BY, CLOSED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        rating = connection.prepareStatement("INSERT INTO AFF_RATING (ID, CAMPAIGN_ID, MEMBER_ID, ORG_PATH, YEAR_OF, RATING, "
                + "NOTE, FOLLOW_UP, EXCUSED, RATED_BY, RATED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, 0)");
        worker = connection.prepareStatement("INSERT INTO AFF_WORKER (ID, MEMBER_ID, ROLE, ORGANIZATION_ID, ORG_PATH, "
                + "ASSIGNED_BY, ASSIGNED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, 0)");
        talk = connection.prepareStatement("INSERT INTO AFF_TALK (ID, ORGANIZATION_ID, ORG_PATH, MEMBER_ID, TALKER_ID, HELD_ON, "
                + "YEAR_OF, TOPIC, NOTES, RECORDED_BY, RECORDED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 0)");
    }

    void meeting(Organization org, DemoMeeting m) throws SQLException {
        long id = id();
        String actor = DemoPlan.ACTOR;
        int i = 1;
        meeting.setLong(i++, id);
        meeting.setLong(i++, org.id());
        meeting.setString(i++, org.path());
        meeting.setString(i++, m.type().name());
        meeting.setString(i++, m.status().name());
        meeting.setString(i++, m.title());
        meeting.setString(i++, m.topics());
        meeting.setDate(i++, Date.valueOf(m.plannedOn()));
        meeting.setString(i++, org.name() + "党员活动室");
        meeting.setDate(i++, Date.valueOf(m.heldOn()));
        meeting.setInt(i++, m.heldOn().getYear());
        meeting.setInt(i++, (m.heldOn().getMonthValue() - 1) / 3 + 1);
        meeting.setInt(i++, m.heldOn().getMonthValue());
        if (m.bySecretary() && org.secretaryId() != null) {
            meeting.setLong(i++, org.secretaryId());
        } else {
            meeting.setNull(i++, Types.BIGINT);
        }
        meeting.setShort(i++, (short) (m.bySecretary() ? 1 : 0));
        meeting.setInt(i++, m.entitled());
        meeting.setInt(i++, m.present());
        meeting.setShort(i++, (short) (m.counted() ? 1 : 0));
        meeting.setString(i++, m.counted() ? "会议按议程进行，" + m.topics() + "。" : "到会党员未超过应到会有表决权党员的半数，会议不作决定。");
        meeting.setString(i++, actor);
        meeting.setTimestamp(i++, AffairsDemoData.at(m.plannedOn(), 1));
        meeting.setString(i++, actor);
        meeting.setTimestamp(i++, AffairsDemoData.at(m.heldOn(), 9));
        meeting.setString(i++, actor);
        meeting.setTimestamp(i++, AffairsDemoData.at(m.heldOn().plusDays(2), 2));
        meeting.setString(i++, actor);
        meeting.setTimestamp(i++, AffairsDemoData.at(m.heldOn().plusDays(5), 3));
        boolean archived = m.status() == MeetingStatus.ARCHIVED;
        meeting.setString(i++, archived ? actor : null);
        meeting.setTimestamp(i++, archived ? AffairsDemoData.at(m.heldOn().plusDays(10), 4) : null);
        meeting.addBatch();
        List<Long> absent = m.absentees();
        for (int a = 0; a < absent.size(); a++) {
            attendance.setLong(1, id());
            attendance.setLong(2, id);
            attendance.setLong(3, absent.get(a));
            attendance.setString(4, m.reasons().get(a));
            attendance.addBatch();
        }
        meetings++;
        tick();
    }

    void campaign(Organization org, List<DemoRating> lines) throws SQLException {
        long id = id();
        java.time.LocalDate opened = java.time.LocalDate.of(DemoPlan.YEAR, 12, 2);
        campaign.setLong(1, id);
        campaign.setLong(2, org.id());
        campaign.setString(3, org.path());
        campaign.setInt(4, DemoPlan.YEAR);
        campaign.setString(5, CampaignStatus.CLOSED.name());
        campaign.setString(6, DemoPlan.ACTOR);
        campaign.setTimestamp(7, AffairsDemoData.at(opened, 1));
        campaign.setString(8, DemoPlan.ACTOR);
        campaign.setTimestamp(9, AffairsDemoData.at(opened.plusDays(20), 8));
        campaign.addBatch();
        for (DemoRating line : lines) {
            rating.setLong(1, id());
            rating.setLong(2, id);
            rating.setLong(3, line.memberId());
            rating.setString(4, org.path());
            rating.setInt(5, DemoPlan.YEAR);
            rating.setString(6, line.rating() == null ? null : line.rating().name());
            rating.setString(7, line.followUp());
            rating.setString(8, line.excused());
            rating.setString(9, DemoPlan.ACTOR);
            rating.setTimestamp(10, AffairsDemoData.at(opened.plusDays(15), 6));
            rating.addBatch();
            ratings++;
            tick();
        }
        tick();
    }

    void worker(long memberId, WorkerRole role, Organization org) throws SQLException {
        worker.setLong(1, id());
        worker.setLong(2, memberId);
        worker.setString(3, role.name());
        worker.setLong(4, org.id());
        worker.setString(5, org.path());
        worker.setString(6, DemoPlan.ACTOR);
        worker.setTimestamp(7, AffairsDemoData.at(java.time.LocalDate.of(DemoPlan.YEAR, 3, 1), 1));
        worker.addBatch();
        workers++;
        tick();
    }

    void talk(Organization org, DemoPlan.DemoTalk t) throws SQLException {
        talk.setLong(1, id());
        talk.setLong(2, org.id());
        talk.setString(3, org.path());
        talk.setLong(4, t.memberId());
        talk.setLong(5, t.talkerId());
        talk.setDate(6, Date.valueOf(t.heldOn()));
        talk.setInt(7, t.heldOn().getYear());
        talk.setString(8, t.topic());
        talk.setString(9, DemoPlan.ACTOR);
        talk.setTimestamp(10, AffairsDemoData.at(t.heldOn(), 10));
        talk.addBatch();
        talks++;
        tick();
    }

    private void tick() throws SQLException {
        if (++pending >= BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        // parents first: nothing references them by key, but the order keeps a partial batch easy to read in a log
        meeting.executeBatch();
        attendance.executeBatch();
        campaign.executeBatch();
        rating.executeBatch();
        worker.executeBatch();
        talk.executeBatch();
        pending = 0;
    }

    private long id() throws SQLException {
        if (next >= end) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + EntityIds.SEQUENCE + " SET SEQ_COUNT = SEQ_COUNT + ? WHERE SEQ_NAME = ?")) {
                update.setLong(1, BLOCK);
                update.setString(2, EntityIds.SEQUENCE_NAME);
                update.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT SEQ_COUNT FROM " + EntityIds.SEQUENCE + " WHERE SEQ_NAME = ?")) {
                select.setString(1, EntityIds.SEQUENCE_NAME);
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
        meeting.close();
        attendance.close();
        campaign.close();
        rating.close();
        worker.close();
        talk.close();
    }
}
