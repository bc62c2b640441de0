-- Messages reach planners through their accounts, whether or not the account is a person of a camp:
-- an account has an email address of its own, and a notification goes to an account or to a person.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- 320 characters is the longest address RFC 5321 allows.
ALTER TABLE user_account ADD COLUMN email VARCHAR(320);

ALTER TABLE notification ALTER COLUMN person_id DROP NOT NULL;
-- A message about the account itself (say, sign-ins slowed after wrong passwords) belongs to no camp.
ALTER TABLE notification ALTER COLUMN camp_id DROP NOT NULL;
ALTER TABLE notification ADD COLUMN account_id BIGINT REFERENCES user_account (id) ON DELETE CASCADE;
ALTER TABLE notification ADD CONSTRAINT notification_has_reader CHECK (person_id IS NOT NULL OR account_id IS NOT NULL);
-- The page where the reader acts on the message, as a path inside the app (e.g. sign-off/1).
ALTER TABLE notification ADD COLUMN link VARCHAR(200);

CREATE INDEX notification_account ON notification (account_id, created_at);
