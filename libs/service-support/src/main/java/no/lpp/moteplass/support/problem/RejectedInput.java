package no.lpp.moteplass.support.problem;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value in a request body that the platform refuses, with a Norwegian reason a person can act on. Jackson adds the
 * field's path as the exception travels up, so the problem detail can name the field.
 */
public class RejectedInput extends MismatchedInputException {

    public RejectedInput(JsonParser parser, String reason, Class<?> type) {
        super(parser, reason, type);
    }
}
