-- Search and audit for the web and API (docs/security.md).

-- Search by a partial phone number: left-anchored (the first digits) and right-anchored (尾号,
-- the last digits people quote on the phone). The pattern_ops classes make LIKE 'x%' use the
-- index whatever the database collation; the suffix index works on the reversed number.
create index subscribers_msisdn_prefix on subscribers (msisdn varchar_pattern_ops);
create index subscribers_msisdn_suffix on subscribers (reverse(msisdn) text_pattern_ops);
-- Search by name: Chinese names are typed surname first, so a left-anchored match serves the
-- desk; pg_trgm would also find inner characters, but it extracts CJK trigrams only under a
-- UTF-8 LC_CTYPE, which the embedded server does not promise.
create index subscribers_name_prefix on subscribers (name varchar_pattern_ops);

-- A list read records every subscriber it returned; 200 numbers do not fit in 2000 characters.
alter table audit_log alter column detail type text;
create index audit_log_actor_at on audit_log (actor, at desc);
