-- Transactional outbox: an event is stored in the same transaction as the change that caused it, and a relay
-- publishes it to Kafka after commit, retrying until Kafka has taken it.
create table outbox_event (
    position     bigserial   primary key,
    id           uuid        not null unique,
    topic        text        not null,
    event_key    text        not null,
    event_type   text        not null,
    payload      jsonb       not null,
    occurred_at  timestamptz not null,
    published_at timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);

create index outbox_event_pending on outbox_event (position) where published_at is null;

-- Inbox: which events a consumer has already applied. Written in the same transaction as the consumer's side effect,
-- so a redelivered event is recognised and skipped.
create table inbox_processed_event (
    consumer     text        not null,
    event_id     text        not null,
    event_type   text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
