-- Run once by the postgres image when its data volume is new (docs/decisions/010): the owner role runs migrations and
-- owns the tables; the app connects as policy_tracker_app, which may not change or delete history. Change the
-- passwords for anything but a local trial, here and in the URLs that use them.
CREATE ROLE policy_tracker_owner LOGIN PASSWORD 'owner-password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE ROLE policy_tracker_app LOGIN PASSWORD 'app-password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
ALTER DATABASE policy_tracker OWNER TO policy_tracker_owner;
