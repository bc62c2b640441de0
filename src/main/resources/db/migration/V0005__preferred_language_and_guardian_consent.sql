-- Plan format additions: a person's preferred language, a youth's guardian consent, and the camp
-- rule that youth need one. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- 35 characters is what RFC 5646 asks a field holding a language tag to allow.
ALTER TABLE person ADD COLUMN preferred_language VARCHAR(35);

ALTER TABLE person ADD COLUMN guardian_consent_given DATE;
ALTER TABLE person ADD COLUMN guardian_consent_by VARCHAR(200);
ALTER TABLE person ADD COLUMN guardian_consent_method VARCHAR(16);
-- A consent is a date and a guardian's name together, or nothing at all; the way it was given is optional.
ALTER TABLE person ADD CONSTRAINT person_guardian_consent_complete CHECK (
    (guardian_consent_given IS NULL AND guardian_consent_by IS NULL AND guardian_consent_method IS NULL)
    OR (guardian_consent_given IS NOT NULL AND guardian_consent_by IS NOT NULL));
ALTER TABLE person ADD CONSTRAINT person_guardian_consent_youth_only CHECK (guardian_consent_given IS NULL OR youth);
ALTER TABLE person ADD CONSTRAINT person_guardian_consent_method_known
    CHECK (guardian_consent_method IN ('PAPER', 'EMAIL', 'IN_PERSON', 'ONLINE'));

-- Camps stored before keep what their plans meant: a plan without the rule means youth need no consent.
-- Camps created in the app from now on have it switched on by the new-camp form.
ALTER TABLE camp ADD COLUMN youth_need_guardian_consent BOOLEAN DEFAULT FALSE NOT NULL;
