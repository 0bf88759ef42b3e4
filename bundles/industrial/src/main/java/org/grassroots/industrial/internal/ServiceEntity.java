package org.grassroots.industrial.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity(name = "ServiceEntity")
@Table(name = "IND_SERVICE")
public class ServiceEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "PARK_ID") long parkId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "NAME") String name;
    @Column(name = "CATEGORY") String category;
    @Column(name = "PROVIDER") String provider;
    @Column(name = "DESCRIPTION") String description;
    @Column(name = "ACTIVE") short active;
    @Version @Column(name = "VERSION") long version;
}
