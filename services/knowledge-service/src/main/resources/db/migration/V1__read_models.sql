-- Read models from other services' events: organisations, agreements, teams (with members' logins) and meetings.
-- Ids, names and counts only; no participant is known here.
create table known_organization (
    id             uuid        primary key,
    name           text        not null,
    type           text,
    region         text,
    parent_id      uuid,
    identity_alias text,
    active         boolean     not null,
    as_of          timestamptz not null
);

create table known_agreement (
    id                     uuid        primary key,
    status                 text        not null,
    starts_on              date        not null,
    ends_on                date        not null,
    meetings_per_half_year integer     not null,
    party_ids              uuid[]      not null,
    as_of                  timestamptz not null
);

create table known_team (
    id                    uuid        primary key,
    name                  text        not null,
    status                text        not null,
    host_organization_ids uuid[]      not null,
    as_of                 timestamptz not null
);

-- Which login belongs to which team member: how a meeting's facilitators are recognised when they call.
create table known_member_login (
    person_id uuid primary key,
    user_id   uuid not null
);
create index known_member_login_user on known_member_login (user_id);

create table known_meeting (
    id              uuid        primary key,
    team_id         uuid        not null,
    theme_id        uuid        not null,
    theme_title     text,
    status          text        not null,
    starts_at       timestamptz not null,
    facilitator_ids uuid[]      not null,
    -- [{category, group, count}] once held
    attendance      jsonb,
    as_of           timestamptz not null
);
create index known_meeting_held on known_meeting (status, starts_at);
