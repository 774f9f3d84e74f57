-- The full organisation register: municipality number, address, contacts, the Keycloak alias its people log in
-- with, and deactivation (organisations are never deleted).
alter table organization
    add column municipality_number char(4),
    add column identity_alias      text unique,
    add column street_address      text,
    add column postal_code         char(4),
    add column city                text,
    -- Contact persons are part of the organisation and go nowhere else (never on Kafka).
    add column contacts            jsonb not null default '[]'::jsonb,
    add column deactivated_at      timestamptz,
    add column changed_at          timestamptz;

update organization set changed_at = registered_at;
alter table organization alter column changed_at set not null;

create index organization_type on organization (type);
create index organization_region on organization (region);
