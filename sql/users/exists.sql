-- Whether an e-mail is taken (case-insensitive). Parameters: $email. Output: n.
select count(*) as n from app_user where email = lower(trim($email));
