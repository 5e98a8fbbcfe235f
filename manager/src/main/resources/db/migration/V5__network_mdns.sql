-- A network may add an mDNS browse to its scans.
ALTER TABLE networks ADD COLUMN mdns BOOLEAN DEFAULT FALSE NOT NULL;
