-- Events that carry only their aggregate's latest state (EventContract.latestState): of several waiting for the same
-- key and type, the relay sends the last and marks the earlier ones published without sending them (attempts 0).
alter table outbox_event add column latest_state boolean not null default false;
