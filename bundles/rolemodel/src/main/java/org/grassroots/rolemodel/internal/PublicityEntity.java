package org.grassroots.rolemodel.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A publicity item about a role model. */
@Entity(name = "PublicityEntity")
@Table(name = "RM_PUBLICITY")
public class PublicityEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.GENERATOR) @Column(name = "ID") Long id;
    @Column(name = "MODEL_ID") long modelId;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "TITLE") String title;
    @Enumerated(EnumType.STRING) @Column(name = "CHANNEL") Channel channel;
    @Column(name = "PUBLISHED_ON") LocalDate publishedOn;
    @Column(name = "LINK") String link;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Column(name = "RECORDED_BY") String recordedBy;
}
