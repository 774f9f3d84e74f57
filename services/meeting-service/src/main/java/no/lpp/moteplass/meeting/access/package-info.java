/**
 * The meetings service's access rules, in one place.
 *
 * <p>An open module to the boundary test: these rules read the meetings they guard, and the web adapters (the meeting
 * and registration features' {@code web} packages, cadence) ask them, so the meeting feature's domain and its own web
 * adapter sit on either side of this package. That is a layer (domain, access rules, web), not features leaning on each
 * other, so the cycle check leaves this package out; it has no subpackages, so being open hides no internals.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package no.lpp.moteplass.meeting.access;

import org.springframework.modulith.ApplicationModule;
