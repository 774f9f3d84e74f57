-- Deactivated organisations stay in the read model (teams may refer to them) but are marked.
alter table known_organization add column active boolean not null default true;
