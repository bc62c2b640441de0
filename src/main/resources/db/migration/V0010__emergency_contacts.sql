-- One emergency contact per person, the least a site lead needs in an emergency: a name and a phone
-- number. Not part of the plan format: it never leaves the app in an export (MFIPPA: collect the minimum).
CREATE TABLE emergency_contact (
    person_id BIGINT PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    name VARCHAR(200) NOT NULL,
    phone VARCHAR(40) NOT NULL
);
