-- One database per service (and Keycloak's own), created when the PostgreSQL volume is first initialised.
-- Each service creates its tables itself with Flyway.
CREATE DATABASE moteplass_partnership;
CREATE DATABASE moteplass_team;
CREATE DATABASE moteplass_meeting;
CREATE DATABASE moteplass_knowledge;
CREATE DATABASE moteplass_keycloak;
