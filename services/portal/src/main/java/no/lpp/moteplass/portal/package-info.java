/**
 * The MØTEPLASS web portal: server-rendered Norwegian pages behind the gateway. It keeps no data of its own; every page
 * is made from the services' APIs (the public ones for relatives, the user's relayed token for staff). Server-rendered
 * HTML works without JavaScript, on any phone, with any screen reader — the universal-design floor the law sets.
 */
package no.lpp.moteplass.portal;
