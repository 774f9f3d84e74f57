/** Conventions for REST endpoints shared by every service: pagination. */
package no.lpp.moteplass.support.web;
