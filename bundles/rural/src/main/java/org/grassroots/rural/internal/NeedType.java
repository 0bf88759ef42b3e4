package org.grassroots.rural.internal;

/** What a village needs help with. */
public enum NeedType {
    INDUSTRY, SALES, LABOUR, TECHNOLOGY, FUNDS, INFRASTRUCTURE
}
