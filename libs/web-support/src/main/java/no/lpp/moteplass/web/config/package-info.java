/** The defaults every web component shares (the services add their own for databases and Kafka on top). */
package no.lpp.moteplass.web.config;
