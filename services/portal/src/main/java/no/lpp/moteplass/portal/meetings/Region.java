package no.lpp.moteplass.portal.meetings;

/** The four health regions, as the listing filters them. */
public enum Region {
    NORD("Helse Nord"), MIDT("Helse Midt-Norge"), VEST("Helse Vest"), SOR_OST("Helse Sør-Øst");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
