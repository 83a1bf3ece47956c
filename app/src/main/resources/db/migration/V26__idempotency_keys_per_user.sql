-- An Idempotency-Key belongs to the user who sent it. Keyed by (scope, key) alone, a key first used
-- by one user answered another user's request with the first one's stored answer: a number, a
-- balance, a ticket the second user may not read (docs/security.md, "Data scope"). Now the key is
-- looked up, stored and replayed per user; the same key from another user is a new key.
--
-- Keys stored before this migration belong to nobody ('': no user, as in a request without one):
-- a retry of such a request by its user after the upgrade runs as a new request. Keys live for the
-- retries of one request, so few if any are pending at an upgrade.
alter table idempotency_keys add column username varchar(64) not null default '';
alter table idempotency_keys drop constraint idempotency_keys_pkey;
alter table idempotency_keys add primary key (username, scope, key);
