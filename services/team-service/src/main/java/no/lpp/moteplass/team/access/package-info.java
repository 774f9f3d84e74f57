/**
 * Who may see and do what in the teams service, decided here: {@code lpp-admin} and {@code lpp-trainer} run training
 * (course types, sessions, attendance, certifications) and see all teams; a {@code coordinator} manages the teams
 * hosted by their own organisation (or one below it) and enrols their people; a team member reads their own team;
 * anyone else sees nothing.
 */
package no.lpp.moteplass.team.access;
