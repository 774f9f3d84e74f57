-- When a meeting was first published. Only a meeting that once was published is ever public: a draft that is
-- cancelled stays private. Earlier meetings learn it from their change history.
alter table meeting add column published_at timestamptz;

update meeting m set published_at = coalesce(
    (select min(h.changed_at) from change_history h
      where h.aggregate_type = 'meeting' and h.aggregate_id = m.id and h.change = 'PUBLISHED'),
    case when m.status in ('PUBLISHED', 'HELD') then m.changed_at end);

drop index meeting_listing;
create index meeting_listing on meeting (starts_at) where published_at is not null;
