-- domain_events are consumed in commit order (MomentEvents; docs/moments.md, "Immediate").
-- An id comes from a sequence when the row is inserted, not when its transaction commits: a
-- consumer that read "id above the last id" could move past an id whose transaction was still
-- open, and never see that event. Each event now records the transaction that wrote it; a
-- consumer reads only events of transactions older than every transaction still running (so
-- nothing can appear below what it reads any more), in (txid, id) order, and remembers the last
-- (txid, id) it handled.

-- Existing rows take txid 0, below every transaction id: the ones at or below a consumer's last
-- id stay consumed and the others stay pending, and an event that a transaction older than this
-- migration writes after it (a server of the previous version, while this runs) sorts above
-- every existing row, so it is not taken for consumed. A constant default on ADD COLUMN is
-- stored once, without rewriting the table; new rows then get their own transaction's id.
alter table domain_events add column txid xid8 not null default '0';
alter table domain_events alter column txid set default pg_current_xact_id();
create index domain_events_in_commit_order on domain_events (txid, id);

-- A consumer's mark is (last_txid, last_id): everything at or below it in that order is handled.
alter table event_consumers add column last_txid xid8 not null default '0';
