/** When a service's database schema is migrated (Flyway). */
package no.lpp.moteplass.support.migration;
