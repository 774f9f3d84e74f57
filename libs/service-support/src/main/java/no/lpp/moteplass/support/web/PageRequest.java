package no.lpp.moteplass.support.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which page of a list the client asks for; bound from {@code ?page=&size=} and validated like any other input.
 *
 * @param page zero-based page number
 * @param size items per page, at most 200
 */
public record PageRequest(@Min(0) Integer page, @Min(1) @Max(200) Integer size) {

    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    public long offset() {
        return (long) page * size;
    }
}
