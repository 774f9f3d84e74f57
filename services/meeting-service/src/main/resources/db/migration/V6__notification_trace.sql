-- The trace of the request that queued an email (its W3C traceparent), continued when the email is sent.
alter table notification add column trace_parent text;
