-- A meeting's seats, counted by the registration feature in the transaction of each registration and cancellation.
-- Deciding a seat is then one update of one row, made last before commit, instead of counting every registration while
-- the meeting row is locked: the time registrations for one meeting wait on each other no longer grows with the count.
create table seat_count (
    meeting_id              uuid    primary key references meeting (id),
    confirmed               integer not null check (confirmed >= 0),
    confirmed_professionals integer not null check (confirmed_professionals >= 0),
    waitlisted              integer not null check (waitlisted >= 0),
    -- Whether the registration that last updated the row got a seat, read back by that same update's RETURNING
    -- (PostgreSQL 15 cannot return a row's old values).
    last_got_seat           boolean not null
);

insert into seat_count (meeting_id, confirmed, confirmed_professionals, waitlisted, last_got_seat)
select meeting_id, count(*) filter (where status = 'CONFIRMED'),
       count(*) filter (where status = 'CONFIRMED' and category = 'PROFESSIONAL'),
       count(*) filter (where status = 'WAITLISTED'), false
from registration group by meeting_id;
