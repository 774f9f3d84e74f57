-- Which login belongs to which team member (from team events): how a meeting's facilitators are recognised.
create table known_member_login (
    person_id uuid primary key,
    user_id   uuid not null
);
create index known_member_login_user on known_member_login (user_id);

alter table registration add column checked_in_at timestamptz;
-- When name and contact details were erased, on request or after the retention period; the category stays for counts.
alter table registration add column erased_at timestamptz;

-- Who came, counted when the meeting is marked held (checked-in registrations plus walk-ins). Anonymous: it stays
-- when the registrations' personal data is erased.
create table attendance (
    meeting_id uuid    not null references meeting (id),
    category   text    not null,
    grp        text    not null,
    count      integer not null check (count > 0),
    primary key (meeting_id, category, grp)
);

-- Emails to registrants, queued in the transaction that makes them due and sent by NotificationSender, so a mail
-- server that is down delays messages but loses none. The address and text are looked up when sending, so nothing
-- personal is copied here and an erased registration simply gets no more mail.
create table notification (
    id              uuid        primary key,
    registration_id uuid        not null references registration (id),
    kind            text        not null,
    -- The meeting's iCalendar SEQUENCE when queued: a reminder is for one schedule, a reschedule starts a new one.
    sequence        integer     not null,
    -- The manage-link token, only for the confirmation, only until it is sent (it is stored nowhere else).
    manage_token    text,
    created_at      timestamptz not null,
    due_at          timestamptz not null,
    attempts        integer     not null default 0,
    last_error      text,
    sent_at         timestamptz,
    outcome         text
);
create index notification_due on notification (due_at) where sent_at is null;
create index notification_registration on notification (registration_id);
create unique index notification_one_reminder_per_schedule on notification (registration_id, sequence)
    where kind = 'REMINDER';
