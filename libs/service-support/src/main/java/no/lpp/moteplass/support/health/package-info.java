/** Health checks that say DOWN in time when what a service needs is away. */
package no.lpp.moteplass.support.health;
