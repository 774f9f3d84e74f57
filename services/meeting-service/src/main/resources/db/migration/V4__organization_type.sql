-- The organisation read model has the same shape in every service that keeps one (support.directory.OrganizationTree).
alter table known_organization add column type text;
