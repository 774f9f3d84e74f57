/**
 * Two tiny applications for {@code ModuleBoundariesCheckTest}: {@code tidy}, whose features use each other only
 * through their own packages and in one direction, and {@code tangled}, which has a cycle between two features and a
 * feature reaching into another's subpackage, a service not named for its role and a desk outside its feature.
 */
package no.lpp.moteplass.testsupport.boundaries;
