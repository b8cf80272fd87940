-- Records one applied migration. Parameters: $version, $name, $checksum.
insert into schema_migration (version, name, checksum)
values ($version, $name, $checksum);
