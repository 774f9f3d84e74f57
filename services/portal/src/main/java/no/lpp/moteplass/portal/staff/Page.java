package no.lpp.moteplass.portal.staff;

import java.util.List;

/** One page of a service's list (the portal asks for pages large enough to hold what it shows). */
public record Page<T>(List<T> items) {
}
