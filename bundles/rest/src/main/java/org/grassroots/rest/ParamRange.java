package org.grassroots.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a numeric query parameter may take, e.g. {@code @QueryParam("year") @ParamRange(min = 2000, max = 2100)
 * Integer year}. A value outside (or one that is not a whole number) is refused with 422 problem+json naming the
 * parameter and the range, before the resource method runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.PARAMETER, ElementType.FIELD })
public @interface ParamRange {
    long min();

    long max();
}
