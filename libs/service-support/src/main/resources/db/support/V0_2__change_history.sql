-- Who changed what, when: one row per change of an aggregate, kept for audit and shown in the API.
create table change_history (
    id             bigserial   primary key,
    aggregate_type text        not null,
    aggregate_id   uuid        not null,
    changed_at     timestamptz not null,
    changed_by     text        not null,
    change         text        not null,
    details        jsonb
);

create index change_history_aggregate on change_history (aggregate_type, aggregate_id, id);
