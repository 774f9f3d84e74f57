/**
 * LPP's training, free of charge for teams: course types (each naming the certification it grants and for how many
 * months), course sessions with a capacity and a waiting list, attendance recorded by the trainer, and completion,
 * which issues the certifications.
 */
package no.lpp.moteplass.team.training;
