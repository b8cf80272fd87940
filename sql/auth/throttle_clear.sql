-- Forgets a key's failures after a successful sign-in. Parameters: $key.
delete from login_throttle where key = $key;
