package org.grassroots.affairs.internal;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A member's place in a 党小组. */
@Entity(name = "PartyGroupMemberEntity")
@Table(name = "AFF_GROUP_MEMBER")
@IdClass(PartyGroupMemberEntity.Key.class)
public class PartyGroupMemberEntity {
    @Id @Column(name = "GROUP_ID") long groupId;
    @Id @Column(name = "MEMBER_ID") long memberId;

    PartyGroupMemberEntity() {
    }

    PartyGroupMemberEntity(long groupId, long memberId) {
        this.groupId = groupId;
        this.memberId = memberId;
    }

    /** The composite key JPA needs for the two columns. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long groupId;
        long memberId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.groupId == groupId && k.memberId == memberId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(groupId, memberId);
        }
    }
}
