package org.grassroots.education.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.junit.jupiter.api.Test;

/**
 * The last quarter's reminders commit unit by unit (a district's 1,600 units in one transaction held every new
 * notification's lock until the end), and a scheduled run that stopped half-way goes on without reminding a unit twice.
 * The database is a stand-in that keeps the marks of committed transactions only.
 */
class ReminderRunsTest {
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 2);

    /** Units 11 (two members behind), 12 and 13 (one each). */
    private final Compliance compliance = new Compliance(null, null, proxy(ModuleScopes.class, (m, a) -> null), null, null, null) {
        @Override
        public List<Behind> behind(Long unitId, int year) {
            return List.of(memberBehind(1, 11), memberBehind(2, 11), memberBehind(3, 12), memberBehind(4, 13));
        }
    };
    private final Set<String> committedMarks = new HashSet<>();
    private final List<Long> posts = new ArrayList<>();
    private int transactions;
    private Long failAtUnit;

    @Test
    void byHandEveryUnitInItsOwnTransactionWithoutMarks() {
        int units = reminders().remindBehind(1L, 2026, NOVEMBER);

        assertEquals(3, units);
        assertEquals(3, transactions);
        assertEquals(List.of(11L, 11L, 12L, 12L, 13L, 13L), posts, "the secretaries' and the members' reminder of each unit");
        assertEquals(Set.of(), committedMarks);
    }

    @Test
    void aScheduledRunThatStoppedGoesOnWhereItStopped() {
        failAtUnit = 13L;
        assertThrows(IllegalStateException.class, () -> reminders().remindBehind(1L, 2026, NOVEMBER, "2026-11"));
        assertEquals(Set.of("11 2026-11/u", "12 2026-11/u"), committedMarks, "the units before the failure stay reminded");

        failAtUnit = null;
        posts.clear();
        assertEquals(1, reminders().remindBehind(1L, 2026, NOVEMBER, "2026-11"));
        assertEquals(List.of(13L, 13L), posts, "only the unit the first run did not reach");
        assertEquals(0, reminders().remindBehind(1L, 2026, NOVEMBER, "2026-11"));
        // another month is another period
        assertEquals(3, reminders().remindBehind(1L, 2026, NOVEMBER.plusMonths(1), "2026-12"));
    }

    @SuppressWarnings("unchecked")
    private Reminders reminders() {
        Notifications notifications = proxy(Notifications.class, (method, args) -> {
            if (method.equals("post")) {
                Recipient recipient = ((List<Recipient>) args[1]).get(0);
                if (recipient.unitId().equals(failAtUnit)) {
                    throw new IllegalStateException("the notification store failed");
                }
                assertEquals("education", ((NotificationDraft) args[0]).moduleId());
                posts.add(recipient.unitId());
            }
            return List.of();
        });
        JpaTemplate jpa = proxy(JpaTemplate.class, (method, args) -> {
            if (!method.equals("txExpr") || args.length != 2) {
                throw new UnsupportedOperationException(method);
            }
            transactions++;
            Set<String> staged = new HashSet<>();
            Object result = ((EmFunction<?>) args[1]).apply(entityManager(staged));
            committedMarks.addAll(staged); // reached only when the work did not throw: a rollback keeps nothing
            return result;
        });
        return new Reminders(notifications, compliance, jpa);
    }

    /** Answers the marks' SELECT from committed and staged marks, and stages the INSERT's mark. */
    private EntityManager entityManager(Set<String> staged) {
        return proxy(EntityManager.class, (method, args) -> {
            String sql = (String) args[0];
            List<Object> parameters = new ArrayList<>();
            Query[] query = new Query[1];
            query[0] = proxy(Query.class, (m, a) -> switch (m) {
                case "setParameter" -> {
                    parameters.add(a[1]);
                    yield query[0];
                }
                case "getResultList" -> {
                    String key = parameters.get(0) + " " + parameters.get(1);
                    yield committedMarks.contains(key) || staged.contains(key) ? List.of(1) : List.of();
                }
                case "executeUpdate" -> {
                    staged.add(parameters.get(0) + " " + parameters.get(1));
                    yield 1;
                }
                default -> throw new UnsupportedOperationException(m + " of " + sql);
            });
            return query[0];
        });
    }

    private static Behind memberBehind(long member, long unit) {
        BigDecimal required = new BigDecimal("32");
        return new Behind(member, "党员" + member, unit, "支部" + unit, BigDecimal.ZERO, required, required);
    }

    interface Handler {
        Object handle(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Handler handler) {
        return (T) Proxy.newProxyInstance(ReminderRunsTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> method.getDeclaringClass() == Object.class
                        ? (method.getName().equals("hashCode") ? System.identityHashCode(self)
                        : method.getName().equals("equals") ? self == args[0] : type.getSimpleName())
                        : handler.handle(method.getName(), args == null ? new Object[0] : args));
    }
}
