package no.lpp.moteplass.support.problem;

/**
 * One invalid field or parameter in a problem detail's {@code errors}: its name (a path such as
 * {@code insights[0].statement} for a body field) and what is wrong with it, in Norwegian.
 */
public record FieldProblem(String field, String message) {
}
