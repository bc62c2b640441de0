-- The language each account reads the app in (en, fr); null until its first sign-in, which takes
-- the browser's. 35 characters is what RFC 5646 asks a field holding a language tag to allow.
ALTER TABLE user_account ADD COLUMN preferred_language VARCHAR(35);
