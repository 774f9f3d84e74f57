/**
 * Who may see and do what in the teams service, decided here: {@code lpp-admin} and {@code lpp-trainer} run training
 * (course types, sessions, attendance, certifications) and see all teams; a {@code coordinator} manages the teams
 * hosted by their own organisation (or one below it) and enrols their people; a team member reads their own team;
 * anyone else sees nothing.
 *
 * <p>An open module to the boundary test: these rules read the features they guard, and the {@code web} package of
 * each of those features asks them, so a feature's domain and its own web adapter sit on either side of this package.
 * That is a layer (domain, access rules, web), not features leaning on each other, so the cycle check leaves this
 * package out; it has no subpackages, so being open hides no internals.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package no.lpp.moteplass.team.access;

import org.springframework.modulith.ApplicationModule;
