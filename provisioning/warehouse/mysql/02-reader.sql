-- A read-only login for Grafana on schema "sales" (mysql).
-- Generated from src/sales/warehouse/contract.ts by `npm run warehouse:ddl`; do not edit.
-- Change the password ("salesperf_reader") anywhere but the demo stack, here and in provisioning/datasources/.

CREATE USER IF NOT EXISTS 'salesperf_reader'@'%' IDENTIFIED BY 'salesperf_reader';

GRANT SELECT ON `sales`.`reps` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`products` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`customers` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`stages` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`opportunities` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`opportunity_stage_history` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`leads` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`activities` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`targets` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`invoices` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`payments` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`csat_responses` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`marketing_spend` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`comp_plans` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`comp_plan_tiers` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`comp_assignments` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`comp_adjustments` TO 'salesperf_reader'@'%';

GRANT SELECT ON `sales`.`visit_feedback` TO 'salesperf_reader'@'%';
