package org.grassroots.education.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A stop of a route (EDU_ROUTE_STOP): the site at a position. */
@Entity(name = "EduStop")
@Table(name = "EDU_ROUTE_STOP")
public class StopEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "ROUTE_ID") long routeId;
    @Column(name = "POSITION") int position;
    @Column(name = "SITE_ID") long siteId;
}
