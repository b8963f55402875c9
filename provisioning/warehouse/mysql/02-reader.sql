-- A read-only login for Grafana on schema "sales" (mysql).
-- Generated from src/sales/warehouse/contract.ts by `npm run warehouse:ddl`; do not edit.
-- Change the password ("salesperf_reader") anywhere but the demo stack, here and in provisioning/datasources/.

CREATE USER IF NOT EXISTS 'salesperf_reader'@'%' IDENTIFIED BY 'salesperf_reader';

GRANT SELECT, SHOW VIEW ON `sales`.* TO 'salesperf_reader'@'%';
