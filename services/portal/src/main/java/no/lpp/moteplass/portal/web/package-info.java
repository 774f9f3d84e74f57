/** What every page shares: Norwegian dates and times, the information pages, and the error pages. */
package no.lpp.moteplass.portal.web;
