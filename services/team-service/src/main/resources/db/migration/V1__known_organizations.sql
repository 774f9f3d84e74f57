-- Read model of the partnership service's organisations, rebuilt from moteplass.partnership.organization.v1.
create table known_organization (
    id           uuid        primary key,
    name         text        not null,
    type         text        not null,
    region       text,
    parent_id    uuid,
    -- ce_time of the event this row reflects: an older event never overwrites a newer one.
    as_of        timestamptz not null
);
