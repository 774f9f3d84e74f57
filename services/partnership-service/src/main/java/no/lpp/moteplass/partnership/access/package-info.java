/**
 * Who may see and do what in the partnership service, decided here and not only at the gateway: {@code lpp-admin}
 * everything; a {@code coordinator} reads their own organisation (and the organisations below it) and its agreements,
 * and signs on its behalf; everyone else nothing.
 *
 * <p>An open module to the boundary test: these rules read the features they guard, and the {@code web} package of
 * each of those features asks them, so a feature's domain and its own web adapter sit on either side of this package.
 * That is a layer (domain, access rules, web), not features leaning on each other, so the cycle check leaves this
 * package out; it has no subpackages, so being open hides no internals.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package no.lpp.moteplass.partnership.access;

import org.springframework.modulith.ApplicationModule;
