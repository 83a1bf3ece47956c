-- The complaint desk's queue and a ticket's working (issue 14, docs/complaints.md "The queue").
-- A ticket is with a team (the department handling it) and possibly one agent: it starts with the
-- department that owns its category, and a transfer moves it. handling_department null = the
-- category's owner (tickets logged before this migration).
alter table tickets add column handling_department varchar(32);

-- The desk's agents and their team (a department); "my team" on the queue. A user without a row
-- works in the customer-service department (SERVICE), the 10086 desk's own.
create table complaint_agents (
    username   varchar(64) primary key,
    department varchar(32) not null
);

-- The queue pages over open tickets by due time (default), newest or severity.
create index tickets_open_by_due on tickets (sla_due_at, id) where status not in ('CLOSED','REJECTED','CANCELLED');
create index tickets_open_by_assignee on tickets (assignee) where status not in ('CLOSED','REJECTED','CANCELLED');
