-- Industrial schema v3: enterprise contact phones are personal data, stored encrypted like core's member phones
-- (v1: + Base64 of nonce, AES-256-GCM ciphertext and tag), which needs more room. Values stored before are
-- encrypted once at startup by Enterprises. Portable SQL (Derby 10.14 and PostgreSQL).
ALTER TABLE IND_ENTERPRISE ALTER COLUMN CONTACT_PHONE SET DATA TYPE VARCHAR(200);
