-- The trace of the request that stored an event (its W3C traceparent), continued when the relay sends it.
alter table outbox_event add column trace_parent text;
