-- satisfaction: surveys by the time they were sent, whatever their status; the surveys page's month
-- picker finds the months with surveys by skipping from one month's first survey to the next
-- (a distinct over every survey read them all: 53 ms on the 50,000-subscriber demo under load).
create index surveys_by_sent_at on surveys (sent_at);
