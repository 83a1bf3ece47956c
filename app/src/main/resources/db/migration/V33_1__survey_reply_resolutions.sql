-- satisfaction (docs/surveys.md, "Unknown replies"): a reply nobody could read (not understood) or
-- match (no survey open for the number) waits for a supervisor, who assigns it to the survey and
-- score it meant, or dismisses it with a reason. The reply row keeps what was decided, by whom, when.
alter table survey_replies
    add column resolution      varchar(10) check (resolution in ('ASSIGNED','DISMISSED')),
    add column resolved_at     timestamptz,
    add column resolved_by     varchar(64),
    add column resolution_note varchar(500);

-- the replies still to resolve, oldest first
create index survey_replies_to_resolve on survey_replies (received_at)
    where resolution is null and (not understood or survey_id is null);
