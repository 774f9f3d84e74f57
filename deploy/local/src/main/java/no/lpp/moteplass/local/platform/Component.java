package no.lpp.moteplass.local.platform;

import java.util.List;

/**
 * One deployable of the platform. {@link #ALL} is the one list of components: the launcher and the e2e platform start
 * exactly these, and deploy/chart's tests hold docker-compose.yml and the Helm chart to it (names, folders, databases,
 * ports), since neither can read Java.
 *
 * @param name     the Maven module (and Spring application, and image) name
 * @param path     the module's folder in the repository
 * @param database its PostgreSQL database, or {@code null} for the gateway and the portal
 */
public record Component(String name, String path, String database) {

    public static final Component PARTNERSHIP = new Component("partnership-service", "services/partnership-service", "moteplass_partnership");
    public static final Component TEAM = new Component("team-service", "services/team-service", "moteplass_team");
    public static final Component MEETING = new Component("meeting-service", "services/meeting-service", "moteplass_meeting");
    public static final Component KNOWLEDGE = new Component("knowledge-service", "services/knowledge-service", "moteplass_knowledge");
    public static final Component GATEWAY = new Component("gateway", "gateway", null);
    /** The web portal: no database of its own, it renders pages from the services' APIs. */
    public static final Component PORTAL = new Component("portal", "services/portal", null);

    /** Every component; the index gives each its port offset from the gateway's. */
    public static final List<Component> ALL = List.of(GATEWAY, PARTNERSHIP, TEAM, MEETING, KNOWLEDGE, PORTAL);

    /** The gateway listens on the base port, the services on the next ports in {@link #ALL}'s order. */
    public int port(int basePort) {
        return basePort + ALL.indexOf(this);
    }

    /** The environment variable the gateway (and the portal) read this component's URL from, e.g. PARTNERSHIP_SERVICE_URL. */
    public String urlVariable() {
        return name.toUpperCase().replace('-', '_') + "_URL";
    }
}
