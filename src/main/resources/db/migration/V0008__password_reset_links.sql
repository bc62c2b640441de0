-- One-time links that let someone set a password by email. Only a SHA-256 hash of the link's secret
-- is kept, so neither the database nor its backups can open an account.
CREATE TABLE password_reset_link (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    secret_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX password_reset_link_account ON password_reset_link (account_id, created_at);

-- Raised when every signed-in session of the account must end, such as after a password reset;
-- a session that signed in under another number is signed out on its next request.
ALTER TABLE user_account ADD COLUMN session_generation INTEGER NOT NULL DEFAULT 0;
