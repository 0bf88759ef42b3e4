package org.grassroots.core.internal.notify;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One account's read and dismissed marks on one notification. */
@Entity
@Table(name = "CORE_NOTIFICATION_STATE")
@IdClass(NotificationStateEntity.Key.class)
public class NotificationStateEntity {
    @Id
    @Column(name = "NOTIFICATION_ID")
    Long notificationId;
    @Id
    @Column(name = "USERNAME", length = 64)
    String username;
    @Column(name = "READ_AT")
    Instant readAt;
    @Column(name = "DISMISSED_AT")
    Instant dismissedAt;

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long notificationId;
        String username;

        public Key() {
        }

        Key(Long notificationId, String username) {
            this.notificationId = notificationId;
            this.username = username;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(notificationId, k.notificationId) && Objects.equals(username, k.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(notificationId, username);
        }
    }
}
