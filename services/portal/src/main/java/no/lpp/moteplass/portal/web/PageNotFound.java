package no.lpp.moteplass.portal.web;

/** The page asked for does not exist (or is not public); answered with the 404 page. */
public class PageNotFound extends RuntimeException {

    public PageNotFound() {
        super("Fant ikke siden");
    }
}
