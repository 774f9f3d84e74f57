package no.lpp.moteplass.support.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list endpoint returns it.
 *
 * @param items      the items on this page
 * @param page       zero-based page number
 * @param size       requested page size
 * @param totalItems how many items the whole list has
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, request.page(), request.size(), totalItems);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
