package org.grassroots.rest;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.QueryParam;

import org.grassroots.core.api.PageRequest;

/**
 * {@code ?page=&size=&sort=} for any list endpoint; use with {@code @BeanParam}. A page or size out of range
 * (including numbers too large for an int) is refused with 422 naming the parameter and its range; an unknown
 * sort key is refused by {@link Paging} naming the allowed keys.
 */
public class PageParams {
    /** Highest page number: keeps {@code page * size} (the offset) within an int for any allowed size. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / PageRequest.MAX_SIZE;

    @QueryParam("page")
    @DefaultValue("0")
    @ParamRange(min = 0, max = MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @ParamRange(min = 1, max = PageRequest.MAX_SIZE)
    public int size;

    @QueryParam("sort")
    public String sort;

    public PageRequest toRequest() {
        return new PageRequest(page, size, sort);
    }
}
