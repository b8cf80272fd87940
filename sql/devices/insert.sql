-- Adds a survey device. Parameters: $survey_id, $kind ('kiosk' | 'field'), $name, $channel,
-- $branch (null for none), $token_hash, $pin_hash (null for none), $idle_seconds.
-- Output: id.
insert into survey_device (survey_id, kind, name, channel, branch, token_hash, pin_hash, idle_seconds)
values ($survey_id, $kind, $name, $channel, $branch, $token_hash, $pin_hash, $idle_seconds)
returning id;
