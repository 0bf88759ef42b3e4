package org.grassroots.education.internal;

public record Stop(int position, long siteId, String siteName, String category, String address, String unitName,
                   SiteStatus status) {
}
