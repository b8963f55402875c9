-- Sales Performance warehouse contract: duckdb DDL for schema "sales".
-- Generated from src/sales/warehouse/contract.ts by `npm run warehouse:ddl`; do not edit.
-- Run: duckdb sales.duckdb < schema.sql

CREATE SCHEMA IF NOT EXISTS "sales";

CREATE TABLE "sales"."reps" (
  "rep_id" VARCHAR NOT NULL,
  "rep_name" VARCHAR NOT NULL,
  "team" VARCHAR NOT NULL,
  "manager" VARCHAR NOT NULL,
  "region" VARCHAR NOT NULL,
  "hired_on" DATE NOT NULL,
  "left_on" DATE
);

CREATE TABLE "sales"."products" (
  "product_id" VARCHAR NOT NULL,
  "product_name" VARCHAR NOT NULL,
  "product_line" VARCHAR NOT NULL,
  "list_price" DECIMAL(18,2) NOT NULL
);

CREATE TABLE "sales"."customers" (
  "customer_id" VARCHAR NOT NULL,
  "customer_name" VARCHAR NOT NULL,
  "industry" VARCHAR NOT NULL,
  "tier" VARCHAR NOT NULL,
  "region" VARCHAR NOT NULL,
  "channel" VARCHAR NOT NULL,
  "dealer" VARCHAR,
  "created_at" TIMESTAMPTZ NOT NULL
);

CREATE TABLE "sales"."stages" (
  "stage" VARCHAR NOT NULL,
  "position" INTEGER NOT NULL,
  "probability" DECIMAL(5,4) NOT NULL,
  "is_closed" BOOLEAN NOT NULL,
  "is_won" BOOLEAN NOT NULL
);

CREATE TABLE "sales"."opportunities" (
  "opportunity_id" VARCHAR NOT NULL,
  "customer_id" VARCHAR NOT NULL,
  "owner_rep_id" VARCHAR NOT NULL,
  "product_id" VARCHAR,
  "channel" VARCHAR NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL,
  "close_date" DATE,
  "stage" VARCHAR NOT NULL,
  "status" VARCHAR NOT NULL,
  "amount" DECIMAL(18,2) NOT NULL,
  "probability" DECIMAL(5,4),
  "forecast_category" VARCHAR NOT NULL,
  "lost_reason" VARCHAR
);

CREATE TABLE "sales"."opportunity_stage_history" (
  "opportunity_id" VARCHAR NOT NULL,
  "stage" VARCHAR NOT NULL,
  "entered_at" TIMESTAMPTZ NOT NULL,
  "exited_at" TIMESTAMPTZ
);

CREATE TABLE "sales"."leads" (
  "lead_id" VARCHAR NOT NULL,
  "created_at" TIMESTAMPTZ NOT NULL,
  "source" VARCHAR NOT NULL,
  "owner_rep_id" VARCHAR,
  "assigned_at" TIMESTAMPTZ,
  "first_contact_at" TIMESTAMPTZ,
  "converted_at" TIMESTAMPTZ,
  "opportunity_id" VARCHAR,
  "status" VARCHAR NOT NULL
);

CREATE TABLE "sales"."activities" (
  "activity_id" VARCHAR NOT NULL,
  "rep_id" VARCHAR NOT NULL,
  "customer_id" VARCHAR,
  "opportunity_id" VARCHAR,
  "activity_type" VARCHAR NOT NULL,
  "planned_at" TIMESTAMPTZ,
  "completed_at" TIMESTAMPTZ,
  "outcome" VARCHAR
);

CREATE TABLE "sales"."targets" (
  "target_id" VARCHAR NOT NULL,
  "metric" VARCHAR NOT NULL,
  "period_start" DATE NOT NULL,
  "period_end" DATE NOT NULL,
  "rep_id" VARCHAR,
  "team" VARCHAR,
  "region" VARCHAR,
  "product_id" VARCHAR,
  "amount" DECIMAL(18,2) NOT NULL,
  "dealer" VARCHAR
);

CREATE TABLE "sales"."invoices" (
  "invoice_id" VARCHAR NOT NULL,
  "opportunity_id" VARCHAR,
  "customer_id" VARCHAR NOT NULL,
  "rep_id" VARCHAR NOT NULL,
  "issued_at" DATE NOT NULL,
  "due_at" DATE NOT NULL,
  "amount" DECIMAL(18,2) NOT NULL
);

CREATE TABLE "sales"."payments" (
  "payment_id" VARCHAR NOT NULL,
  "invoice_id" VARCHAR NOT NULL,
  "received_at" DATE NOT NULL,
  "amount" DECIMAL(18,2) NOT NULL
);

CREATE TABLE "sales"."csat_responses" (
  "response_id" VARCHAR NOT NULL,
  "customer_id" VARCHAR NOT NULL,
  "rep_id" VARCHAR,
  "responded_at" TIMESTAMPTZ NOT NULL,
  "score" DECIMAL(5,2) NOT NULL,
  "nps" DECIMAL(5,2)
);

CREATE TABLE "sales"."marketing_spend" (
  "period_start" DATE NOT NULL,
  "period_end" DATE NOT NULL,
  "channel" VARCHAR NOT NULL,
  "amount" DECIMAL(18,2) NOT NULL
);

CREATE TABLE "sales"."comp_plans" (
  "plan_id" VARCHAR NOT NULL,
  "plan_name" VARCHAR NOT NULL,
  "measure" VARCHAR NOT NULL,
  "period" VARCHAR NOT NULL,
  "calc" VARCHAR NOT NULL,
  "gate" DECIMAL(5,4),
  "cap_multiple" DECIMAL(5,4),
  "effective_from" DATE NOT NULL,
  "effective_to" DATE
);

CREATE TABLE "sales"."comp_plan_tiers" (
  "plan_id" VARCHAR NOT NULL,
  "lower_attainment" DECIMAL(5,4) NOT NULL,
  "upper_attainment" DECIMAL(5,4),
  "rate" DECIMAL(5,4) NOT NULL
);

CREATE TABLE "sales"."comp_assignments" (
  "rep_id" VARCHAR NOT NULL,
  "plan_id" VARCHAR NOT NULL,
  "effective_from" DATE NOT NULL,
  "effective_to" DATE,
  "target_incentive" DECIMAL(18,2) NOT NULL
);

CREATE TABLE "sales"."comp_adjustments" (
  "adjustment_id" VARCHAR NOT NULL,
  "rep_id" VARCHAR NOT NULL,
  "period_start" DATE NOT NULL,
  "kind" VARCHAR NOT NULL,
  "amount" DECIMAL(18,2) NOT NULL,
  "note" VARCHAR
);

CREATE TABLE "sales"."visit_feedback" (
  "feedback_id" VARCHAR NOT NULL,
  "activity_id" VARCHAR,
  "rep_id" VARCHAR NOT NULL,
  "customer_id" VARCHAR,
  "reported_at" TIMESTAMPTZ NOT NULL,
  "category" VARCHAR NOT NULL,
  "competitor" VARCHAR,
  "product_id" VARCHAR,
  "sentiment" INTEGER NOT NULL,
  "severity" VARCHAR,
  "text" VARCHAR NOT NULL,
  "resolved_at" TIMESTAMPTZ
);
