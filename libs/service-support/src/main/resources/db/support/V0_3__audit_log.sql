-- Who read or changed what, when: ids and names of actions only, never the personal data itself.
create table audit_log (
    id            bigserial   primary key,
    at            timestamptz not null,
    subject       text        not null,
    organizations text[]      not null,
    client        text,
    action        text        not null,
    record_type   text        not null,
    record_id     uuid        not null
);

create index audit_log_record on audit_log (record_type, record_id, id);
create index audit_log_at on audit_log (at);
