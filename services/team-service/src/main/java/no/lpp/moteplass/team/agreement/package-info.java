/**
 * What this service knows about cooperation agreements: a read model fed by partnership events. A team may only be
 * hosted by organisations party to an {@code ACTIVE} agreement, and is suspended when that ends.
 */
package no.lpp.moteplass.team.agreement;
