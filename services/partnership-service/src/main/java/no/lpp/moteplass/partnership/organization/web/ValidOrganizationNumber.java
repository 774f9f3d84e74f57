package no.lpp.moteplass.partnership.organization.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.lpp.moteplass.partnership.organization.OrganizationNumber;

/** A Norwegian organisation number with a correct check digit; {@code null} is left to {@code @NotNull}. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidOrganizationNumber.Validator.class)
public @interface ValidOrganizationNumber {

    String message() default "må være et gyldig organisasjonsnummer (9 siffer med riktig kontrollsiffer)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidOrganizationNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || OrganizationNumber.isValid(value);
        }
    }
}
