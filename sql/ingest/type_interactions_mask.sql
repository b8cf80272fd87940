-- Masks personal data in beneficiary_ref, on the rows that may hold some (see ingest_mask).
-- Parameters: $p1, $r1 … $p4, $r4 (masking rules).
update ingest_typed set
	beneficiary_masked = ingest_mask(beneficiary_raw, $p1, $r1, $p2, $r2, $p3, $r3, $p4, $r4)
where ingest_may_hold_personal(beneficiary_raw);
