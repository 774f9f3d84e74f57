create table organization (
    id                  uuid        primary key,
    name                text        not null,
    type                text        not null,
    organization_number char(9),
    region              text,
    parent_id           uuid        references organization (id),
    active              boolean     not null default true,
    registered_at       timestamptz not null,
    registered_by       text        not null,
    version             integer     not null default 0
);

-- Names are unique among siblings (case-insensitive); top-level organisations count as siblings of each other.
create unique index organization_name_per_parent
    on organization (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));
create unique index organization_number_unique on organization (organization_number);
create index organization_parent on organization (parent_id);
