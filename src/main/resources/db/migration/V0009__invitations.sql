-- A planner invites a person of a camp to make their own account by a one-time emailed link, kept as
-- the hash of its secret. Sent, accepted, expired and revoked invitations stay listed for the planners.
CREATE TABLE invitation (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    camp_id BIGINT NOT NULL REFERENCES camp (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    email VARCHAR(254) NOT NULL,
    secret_hash VARCHAR(64) NOT NULL UNIQUE,
    invited_by VARCHAR(100) NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    account_id BIGINT REFERENCES user_account (id) ON DELETE SET NULL
);
CREATE INDEX invitation_camp ON invitation (camp_id, sent_at);
CREATE INDEX invitation_person ON invitation (person_id);
