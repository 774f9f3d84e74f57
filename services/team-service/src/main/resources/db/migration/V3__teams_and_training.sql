-- Organisations' Keycloak alias: how a coordinator's token is tied to the teams their organisation hosts.
alter table known_organization add column identity_alias text;

-- Read model of the partnership service's agreements (only what readiness needs).
create table known_agreement (
    id          uuid        primary key,
    status      text        not null,
    party_ids   uuid[]      not null,
    as_of       timestamptz not null
);
create index known_agreement_parties on known_agreement using gin (party_ids);

-- Team members and course participants. Work details only; never on Kafka (events carry the id).
create table person (
    id              uuid        primary key,
    name            text        not null,
    email           text,
    -- The person's Keycloak user id, when they log in (facilitators, coordinators).
    user_id         uuid        unique,
    organization_id uuid,
    profession      text,
    lpp_chapter_id  uuid,
    created_at      timestamptz not null,
    created_by      text        not null
);

create table team (
    id                    uuid        primary key,
    name                  text        not null,
    locality              text        not null,
    status                text        not null,
    host_organization_ids uuid[]      not null,
    created_at            timestamptz not null,
    created_by            text        not null,
    changed_at            timestamptz not null,
    version               bigint      not null
);
create unique index team_name on team (lower(name));
create index team_hosts on team using gin (host_organization_ids);

create table team_member (
    team_id        uuid    not null references team (id),
    person_id      uuid    not null references person (id),
    kind           text    not null,
    coordinator    boolean not null default false,
    primary key (team_id, person_id)
);
create index team_member_person on team_member (person_id);

create table course_type (
    id                 uuid    primary key,
    code               text    not null unique,
    name               text    not null,
    description        text,
    certification_type text    not null,
    valid_months       integer not null check (valid_months > 0)
);

-- The two course types the concept needs; LPP can add more.
insert into course_type (id, code, name, description, certification_type, valid_months) values
    ('7d0f6b2a-0000-4000-8000-000000000001', 'GRUNNOPPLAERING', 'Grunnopplæring i MØTEPLASS-konseptet',
     'For alle i teamet: konseptet, rollene og likeverdig dialog mellom pårørende og fagfolk.', 'BASIC', 36),
    ('7d0f6b2a-0000-4000-8000-000000000002', 'FASILITATOR', 'Fasilitatoropplæring',
     'For fagpersoner som skal lede møtene: forberedelse, ledelse av samtalen og oppsummering.', 'FACILITATOR', 24);

create table course_session (
    id             uuid        primary key,
    course_type_id uuid        not null references course_type (id),
    starts_at      timestamptz not null,
    place          text,
    online_link    text,
    trainer        text        not null,
    capacity       integer     not null check (capacity > 0),
    status         text        not null,
    completed_on   date,
    created_at     timestamptz not null
);

create table enrolment (
    session_id  uuid        not null references course_session (id),
    person_id   uuid        not null references person (id),
    status      text        not null,
    enrolled_at timestamptz not null,
    attended    boolean     not null default false,
    primary key (session_id, person_id)
);

create table certification (
    id                uuid        primary key,
    person_id         uuid        not null references person (id),
    type              text        not null,
    session_id        uuid        references course_session (id),
    issued_on         date        not null,
    valid_until       date        not null,
    status            text        not null,
    revoked_reason    text,
    expiry_flagged_at timestamptz,
    changed_at        timestamptz not null
);
create index certification_person on certification (person_id, type, status);
create unique index certification_once_per_session on certification (person_id, session_id);
