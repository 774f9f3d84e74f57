-- The national taxonomy of insight tags, maintained by LPP; seeded with the action plan's themes.
create table insight_tag (
    code  text primary key,
    label text not null
);
insert into insight_tag (code, label) values
    ('RIGHTS', 'Pårørendes rettigheter'),
    ('CHILDREN_AS_RELATIVES', 'Barn som pårørende'),
    ('COERCION', 'Tvang'),
    ('MEDICATION_FREE', 'Medisinfrie behandlingstilbud'),
    ('HOUSING', 'Bolig og hverdagsliv'),
    ('INVOLVEMENT', 'Bruker- og pårørendemedvirkning'),
    ('PATHWAYS', 'Pakkeforløp'),
    ('OPENNESS', 'Åpenhet'),
    ('INFORMATION', 'Informasjon og veiledning'),
    ('COOPERATION', 'Samarbeid mellom tjenestene');

-- A meeting's post-meeting summary, written by its facilitators; published only with both approvals.
create table summary (
    id           uuid        primary key,
    meeting_id   uuid        not null unique,
    narrative    text        not null,
    status       text        not null,
    -- person ids of the facilitators who approved this version; any edit clears them
    approved_by  uuid[]      not null default '{}',
    created_at   timestamptz not null,
    created_by   text        not null,
    changed_at   timestamptz not null,
    published_at timestamptz,
    version      bigint      not null
);

create table insight (
    id                      uuid    primary key,
    summary_id              uuid    not null references summary (id) on delete cascade,
    position                integer not null,
    statement               text    not null,
    kind                    text    not null,
    theme_tags              text[]  not null,
    service_areas           text[]  not null,
    target_organization_ids uuid[]  not null
);
create index insight_summary on insight (summary_id, position);

-- One organisation's follow-up of one insight: "you said, we did".
create table follow_up (
    id               uuid        primary key,
    insight_id       uuid        not null references insight (id),
    organization_id  uuid        not null,
    status           text        not null,
    action           text,
    responsible_role text,
    due_date         date,
    reason           text,
    created_at       timestamptz not null,
    changed_at       timestamptz not null,
    version          bigint      not null,
    unique (insight_id, organization_id)
);
create index follow_up_organization on follow_up (organization_id, status);

-- The anonymous feedback form of a meeting: its public link.
create table feedback_form (
    meeting_id uuid primary key,
    token      text not null unique
);

-- One-time form sessions: a submission needs one, and uses it up. Not linked to the answers.
create table feedback_session (
    nonce_hash text        primary key,
    meeting_id uuid        not null,
    expires_at timestamptz not null
);

-- Anonymous answers: no user, no address, no time; only which meeting and the respondent's category.
create table feedback (
    id                     uuid     primary key,
    meeting_id             uuid     not null,
    category               text     not null,
    usefulness             smallint not null check (usefulness between 1 and 5),
    felt_heard             smallint not null check (felt_heard between 1 and 5),
    learned_about_services smallint not null check (learned_about_services between 1 and 5),
    would_recommend        boolean  not null,
    free_text              text
);
create index feedback_meeting on feedback (meeting_id);
