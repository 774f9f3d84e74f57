/** Reading the organisation read model every scoping service keeps. */
package no.lpp.moteplass.support.directory;
