create table meeting (
    id                     uuid        primary key,
    team_id                uuid        not null,
    theme_id               uuid        not null references theme (id),
    title                  text        not null,
    description            text,
    venue_name             text,
    venue_address          text,
    accessibility_notes    text,
    online_link            text,
    starts_at              timestamptz not null,
    facilitator_ids        uuid[]      not null,
    capacity               integer     not null check (capacity > 0),
    reserved_for_relatives integer     not null default 0 check (reserved_for_relatives >= 0),
    registration_opens_at  timestamptz,
    registration_closes_at timestamptz,
    status                 text        not null,
    -- iCalendar SEQUENCE: raised by every change a calendar must pick up (reschedule, cancellation).
    sequence               integer     not null default 0,
    created_at             timestamptz not null,
    created_by             text        not null,
    changed_at             timestamptz not null,
    version                bigint      not null,
    check (reserved_for_relatives <= capacity)
);
create index meeting_listing on meeting (status, starts_at);
create index meeting_team on meeting (team_id, starts_at);

-- Special-category data (GDPR art. 9): the minimum, kept only here, erased after the meeting.
create table registration (
    id                  uuid        primary key,
    meeting_id          uuid        not null references meeting (id),
    category            text        not null,
    relation            text,
    sector              text,
    workplace           text,
    name                text,
    email               text,
    mobile              text,
    dietary_needs       text,
    accessibility_needs text,
    consent_at          timestamptz not null,
    status              text        not null,
    registered_at       timestamptz not null,
    -- Only the hash of the manage-my-registration token is stored; the token itself is only in the email.
    manage_token_hash   text        not null unique
);
create index registration_meeting on registration (meeting_id, status, registered_at);
create unique index registration_one_per_email on registration (meeting_id, lower(email))
    where status <> 'CANCELLED' and email is not null;
