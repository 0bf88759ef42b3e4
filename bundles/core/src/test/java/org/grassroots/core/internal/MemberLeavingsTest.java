package org.grassroots.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.LeaveReason;
import org.grassroots.core.api.LeaveRequest;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.internal.persistence.AuditEntity;
import org.grassroots.core.internal.persistence.LeavingEntity;
import org.grassroots.core.internal.persistence.MemberEntity;
import org.junit.jupiter.api.Test;

/** Leaving the roll and coming back after a suspension: the rules, against an entity manager that records writes. */
class MemberLeavingsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final LocalDate JOINED = LocalDate.of(2010, 7, 1);

    /** What the service's transaction persisted, and what the (only) query answers: the member's leavings. */
    private final List<Object> persisted = new ArrayList<>();
    private final EntityManager em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] { EntityManager.class }, (proxy, method, args) -> switch (method.getName()) {
                case "persist" -> {
                    if (args[0] instanceof LeavingEntity) {
                        set(LeavingEntity.class, args[0], "id", (long) persisted.size() + 1); // as the id generator would
                    }
                    persisted.add(args[0]);
                    yield null;
                }
                case "createQuery" -> query();
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private Object query() {
        List<LeavingEntity> leavings = new ArrayList<>();
        persisted.stream().filter(LeavingEntity.class::isInstance).map(LeavingEntity.class::cast).forEach(l -> leavings.add(0, l));
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { TypedQuery.class },
                (proxy, method, args) -> method.getName().equals("getResultList") ? leavings : proxy);
    }

    @Test
    void leavingTakesTheMemberOffTheRollKeepingWhatTheyWereBeforeAndIsAudited() {
        MemberEntity member = member(MemberStatus.FLOATING);
        MemberLeavings.leave(em, member, request(LeaveReason.DEATH, LocalDate.of(2024, 8, 9)), "因病去世");
        assertEquals(MemberStatus.LEFT, member.getStatus());
        LeavingEntity leaving = only(LeavingEntity.class);
        assertEquals(LeaveReason.DEATH, leaving.getReason());
        assertEquals(MemberStatus.FLOATING, leaving.getStatusBefore());
        assertEquals("因病去世", leaving.toRecord().note());
        assertEquals(1, persisted.stream().filter(AuditEntity.class::isInstance).count());
    }

    @Test
    void aMemberWhoLeftIsHistoryAndCannotLeaveAgain() {
        MemberEntity member = member(MemberStatus.NORMAL);
        MemberLeavings.leave(em, member, request(LeaveReason.LAPSE, LocalDate.of(2024, 11, 15)), null);
        ConflictException e = assertThrows(ConflictException.class,
                () -> MemberLeavings.leave(em, member, request(LeaveReason.DEATH, TODAY), null));
        assertTrue(e.getMessage().contains("2024-11-15"), e.getMessage());
        assertThrows(ConflictException.class, () -> MemberLeavings.requireOnRoll(em, member));
    }

    @Test
    void nobodyLeavesBeforeJoining() {
        ValidationException e = assertThrows(ValidationException.class, () -> MemberLeavings.leave(em,
                member(MemberStatus.NORMAL), request(LeaveReason.WITHDRAWAL, JOINED.minusDays(1)), null));
        assertEquals(List.of("leftOn"), fields(e));
        assertTrue(persisted.isEmpty());
    }

    @Test
    void onlyASuspensionIsRestoredAndTheMemberGetsTheirStatusBack() {
        MemberEntity suspended = member(MemberStatus.LOST_CONTACT);
        MemberLeavings.leave(em, suspended, request(LeaveReason.SUSPENSION, LocalDate.of(2024, 3, 1)), "停止党籍一年");
        ValidationException early = assertThrows(ValidationException.class,
                () -> MemberLeavings.restore(em, suspended, LocalDate.of(2024, 2, 1), TODAY));
        assertEquals(List.of("restoredOn"), fields(early));
        MemberLeavings.restore(em, suspended, LocalDate.of(2025, 3, 1), TODAY);
        assertEquals(MemberStatus.LOST_CONTACT, suspended.getStatus());
        assertEquals(LocalDate.of(2025, 3, 1), only(LeavingEntity.class).getRestoredOn());
        assertThrows(ConflictException.class, () -> MemberLeavings.restore(em, suspended, TODAY, TODAY));

        persisted.clear();
        MemberEntity dead = member(MemberStatus.NORMAL);
        MemberLeavings.leave(em, dead, request(LeaveReason.DEATH, LocalDate.of(2024, 3, 1)), null);
        assertThrows(ConflictException.class, () -> MemberLeavings.restore(em, dead, TODAY, TODAY));
    }

    @Test
    void aRequestNamesEveryRefusedField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> MemberLeavings.checked(new LeaveRequest(null, TODAY.plusDays(1), "说明".repeat(300), null), TODAY));
        assertEquals(List.of("reason", "leftOn", "note"), fields(e));
        assertEquals("离册", MemberLeavings.checked(new LeaveRequest(LeaveReason.TRANSFERRED_OUT, TODAY, " 离册 ", 3L), TODAY));
    }

    @Test
    void onlyASuspensionCanBeUndone() {
        for (LeaveReason reason : LeaveReason.values()) {
            assertEquals(reason == LeaveReason.SUSPENSION, reason.restorable(), reason.name());
        }
    }

    private static LeaveRequest request(LeaveReason reason, LocalDate on) {
        return new LeaveRequest(reason, on, null, 0L);
    }

    private <T> T only(Class<T> type) {
        List<T> found = persisted.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size());
        return found.get(0);
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    private static MemberEntity member(MemberStatus status) {
        MemberEntity m = new MemberEntity();
        set(m, "id", 7L);
        set(m, "name", "张三");
        set(m, "joinedOn", JOINED);
        set(m, "status", status);
        return m;
    }

    private static void set(Object target, String name, Object value) {
        set(MemberEntity.class, target, name, value);
    }

    private static void set(Class<?> type, Object target, String name, Object value) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
