package org.grassroots.rest;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.QueryParam;

import org.grassroots.core.api.PageRequest;

/** {@code ?page=&size=&sort=} for any list endpoint; use with {@code @BeanParam}. */
public class PageParams {
    @QueryParam("page")
    @DefaultValue("0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    public int size;

    @QueryParam("sort")
    public String sort;

    public PageRequest toRequest() {
        return new PageRequest(page, size, sort);
    }
}
