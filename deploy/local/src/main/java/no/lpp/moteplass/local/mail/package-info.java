/**
 * The local platform's mail catcher: every email the platform sends stays on this machine and is shown in the browser.
 */
package no.lpp.moteplass.local.mail;
