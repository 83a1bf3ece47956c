-- A reply from someone without an open survey looks up their latest answered one (to say
-- "already answered"): without this index that scanned every answered survey, 2-3 ms of
-- PostgreSQL CPU per reply on the 50,000-subscriber demo.
create index surveys_answered_by_msisdn on surveys (msisdn, answered_at desc) where status = 'ANSWERED';
