-- Cooperation agreements (samarbeidsavtaler). Parties are part of the aggregate, stored with it as JSON:
-- [{"organizationId", "role", "commitments": [...], "signedBy", "signedAt"}].
create table agreement (
    id                    uuid        primary key,
    title                 text        not null,
    status                text        not null,
    starts_on             date        not null,
    ends_on               date        not null,
    meetings_per_half_year integer    not null,
    parties               jsonb       not null,
    predecessor_id        uuid        references agreement (id),
    termination_reason    text,
    expiry_flagged_at     timestamptz,
    created_at            timestamptz not null,
    created_by            text        not null,
    changed_at            timestamptz not null,
    version               bigint      not null,
    constraint agreement_period check (ends_on > starts_on)
);

-- An agreement is renewed at most once: one successor per predecessor.
create unique index agreement_one_successor on agreement (predecessor_id);
create index agreement_status on agreement (status, starts_on, ends_on);
create index agreement_parties on agreement using gin (parties jsonb_path_ops);
