-- A read-only login for Grafana on schema "sales" (postgres).
-- Generated from src/sales/warehouse/contract.ts by `npm run warehouse:ddl`; do not edit.
-- Change the password ("salesperf_reader") anywhere but the demo stack, here and in provisioning/datasources/.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = E'salesperf_reader') THEN
    CREATE ROLE "salesperf_reader" LOGIN PASSWORD E'salesperf_reader';
  END IF;
END
$$;

ALTER ROLE "salesperf_reader" SET default_transaction_read_only = on;

GRANT USAGE ON SCHEMA "sales" TO "salesperf_reader";

GRANT SELECT ON "sales"."reps", "sales"."products", "sales"."customers", "sales"."stages", "sales"."opportunities", "sales"."opportunity_stage_history", "sales"."leads", "sales"."activities", "sales"."targets", "sales"."invoices", "sales"."payments", "sales"."csat_responses", "sales"."marketing_spend", "sales"."comp_plans", "sales"."comp_plan_tiers", "sales"."comp_assignments", "sales"."comp_adjustments", "sales"."visit_feedback" TO "salesperf_reader";

ALTER DEFAULT PRIVILEGES IN SCHEMA "sales" GRANT SELECT ON TABLES TO "salesperf_reader";
