-- Whether any interaction is stored. Output: stored (boolean).
select exists (select 1 from interaction) as stored;
