-- The public listing's version, raised in the transaction of every change to what the listing shows (meetings, their
-- teams and hosts, themes). Each replica keeps its rendering of the listing with the version it was rendered at and
-- checks it with one read per request, so no replica serves a listing older than the last committed change.
create table listing_version (
    only_row boolean primary key default true check (only_row),
    version  bigint  not null
);
insert into listing_version (version) values (0);

create function raise_listing_version() returns trigger language plpgsql as $$
begin
    update listing_version set version = version + 1;
    return null;
end
$$;

create trigger meeting_changes_listing after insert or update or delete on meeting
    for each statement execute function raise_listing_version();
create trigger team_changes_listing after insert or update or delete on known_team
    for each statement execute function raise_listing_version();
create trigger organization_changes_listing after insert or update or delete on known_organization
    for each statement execute function raise_listing_version();
create trigger theme_changes_listing after insert or update or delete on theme
    for each statement execute function raise_listing_version();
