-- satisfaction: the surveys of one number, newest first (the surveys page offers a reply's unanswered
-- surveys to assign it to; without this each lookup read every survey).
create index surveys_by_msisdn on surveys (msisdn, sent_at desc);
