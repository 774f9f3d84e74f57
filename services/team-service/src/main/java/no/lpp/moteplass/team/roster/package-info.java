/**
 * Local MØTEPLASS teams: host organisations, coordinators and members, and readiness. A team is READY when one of its
 * hosts is party to an active agreement, at least two professionals hold a valid facilitator certification and at
 * least one relative has completed the basic training; it is SUSPENDED while no host has an active agreement.
 * Readiness is recomputed in the same transaction as any change to its inputs, and every change is published.
 */
package no.lpp.moteplass.team.roster;
