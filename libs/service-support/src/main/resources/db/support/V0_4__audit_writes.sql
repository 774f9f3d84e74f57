-- Every write is audited, also those that create a record (its id may only be in the response) or touch no single one.
alter table audit_log alter column record_id drop not null;
