-- Sales Performance warehouse contract: postgres DDL for schema "sales".
-- Generated from src/sales/warehouse/contract.ts by `npm run warehouse:ddl`; do not edit.
-- Run: psql "$URL" -v ON_ERROR_STOP=1 -f 01-schema.sql

CREATE SCHEMA IF NOT EXISTS "sales";

CREATE TABLE "sales"."reps" (
  "rep_id" text NOT NULL,
  "rep_name" text NOT NULL,
  "team" text NOT NULL,
  "manager" text NOT NULL,
  "region" text NOT NULL,
  "hired_on" date NOT NULL,
  "left_on" date,
  PRIMARY KEY ("rep_id")
);

CREATE TABLE "sales"."products" (
  "product_id" text NOT NULL,
  "product_name" text NOT NULL,
  "product_line" text NOT NULL,
  "list_price" numeric(18,2) NOT NULL,
  PRIMARY KEY ("product_id")
);

CREATE TABLE "sales"."customers" (
  "customer_id" text NOT NULL,
  "customer_name" text NOT NULL,
  "industry" text NOT NULL,
  "tier" text NOT NULL,
  "region" text NOT NULL,
  "channel" text NOT NULL,
  "dealer" text,
  "created_at" timestamptz NOT NULL,
  PRIMARY KEY ("customer_id")
);

CREATE TABLE "sales"."stages" (
  "stage" text NOT NULL,
  "position" integer NOT NULL,
  "probability" numeric(5,4) NOT NULL,
  "is_closed" boolean NOT NULL,
  "is_won" boolean NOT NULL,
  PRIMARY KEY ("stage")
);

CREATE TABLE "sales"."opportunities" (
  "opportunity_id" text NOT NULL,
  "customer_id" text NOT NULL,
  "owner_rep_id" text NOT NULL,
  "product_id" text,
  "channel" text NOT NULL,
  "created_at" timestamptz NOT NULL,
  "close_date" date,
  "stage" text NOT NULL,
  "status" text NOT NULL,
  "amount" numeric(18,2) NOT NULL,
  "probability" numeric(5,4),
  "forecast_category" text NOT NULL,
  "lost_reason" text,
  PRIMARY KEY ("opportunity_id")
);

CREATE TABLE "sales"."opportunity_stage_history" (
  "opportunity_id" text NOT NULL,
  "stage" text NOT NULL,
  "entered_at" timestamptz NOT NULL,
  "exited_at" timestamptz
);

CREATE TABLE "sales"."leads" (
  "lead_id" text NOT NULL,
  "created_at" timestamptz NOT NULL,
  "source" text NOT NULL,
  "owner_rep_id" text,
  "assigned_at" timestamptz,
  "first_contact_at" timestamptz,
  "converted_at" timestamptz,
  "opportunity_id" text,
  "status" text NOT NULL,
  PRIMARY KEY ("lead_id")
);

CREATE TABLE "sales"."activities" (
  "activity_id" text NOT NULL,
  "rep_id" text NOT NULL,
  "customer_id" text,
  "opportunity_id" text,
  "activity_type" text NOT NULL,
  "planned_at" timestamptz,
  "completed_at" timestamptz,
  "outcome" text,
  PRIMARY KEY ("activity_id")
);

CREATE TABLE "sales"."targets" (
  "target_id" text NOT NULL,
  "metric" text NOT NULL,
  "period_start" date NOT NULL,
  "period_end" date NOT NULL,
  "rep_id" text,
  "team" text,
  "region" text,
  "product_id" text,
  "amount" numeric(18,2) NOT NULL,
  "dealer" text,
  PRIMARY KEY ("target_id")
);

CREATE TABLE "sales"."invoices" (
  "invoice_id" text NOT NULL,
  "opportunity_id" text,
  "customer_id" text NOT NULL,
  "rep_id" text NOT NULL,
  "issued_at" date NOT NULL,
  "due_at" date NOT NULL,
  "amount" numeric(18,2) NOT NULL,
  PRIMARY KEY ("invoice_id")
);

CREATE TABLE "sales"."payments" (
  "payment_id" text NOT NULL,
  "invoice_id" text NOT NULL,
  "received_at" date NOT NULL,
  "amount" numeric(18,2) NOT NULL,
  PRIMARY KEY ("payment_id")
);

CREATE TABLE "sales"."csat_responses" (
  "response_id" text NOT NULL,
  "customer_id" text NOT NULL,
  "rep_id" text,
  "responded_at" timestamptz NOT NULL,
  "score" numeric(5,2) NOT NULL,
  "nps" numeric(5,2),
  PRIMARY KEY ("response_id")
);

CREATE TABLE "sales"."marketing_spend" (
  "period_start" date NOT NULL,
  "period_end" date NOT NULL,
  "channel" text NOT NULL,
  "amount" numeric(18,2) NOT NULL
);

CREATE TABLE "sales"."comp_plans" (
  "plan_id" text NOT NULL,
  "plan_name" text NOT NULL,
  "measure" text NOT NULL,
  "period" text NOT NULL,
  "calc" text NOT NULL,
  "gate" numeric(5,4),
  "cap_multiple" numeric(5,4),
  "effective_from" date NOT NULL,
  "effective_to" date,
  PRIMARY KEY ("plan_id")
);

CREATE TABLE "sales"."comp_plan_tiers" (
  "plan_id" text NOT NULL,
  "lower_attainment" numeric(5,4) NOT NULL,
  "upper_attainment" numeric(5,4),
  "rate" numeric(5,4) NOT NULL
);

CREATE TABLE "sales"."comp_assignments" (
  "rep_id" text NOT NULL,
  "plan_id" text NOT NULL,
  "effective_from" date NOT NULL,
  "effective_to" date,
  "target_incentive" numeric(18,2) NOT NULL
);

CREATE TABLE "sales"."comp_adjustments" (
  "adjustment_id" text NOT NULL,
  "rep_id" text NOT NULL,
  "period_start" date NOT NULL,
  "kind" text NOT NULL,
  "amount" numeric(18,2) NOT NULL,
  "note" text,
  PRIMARY KEY ("adjustment_id")
);

CREATE TABLE "sales"."visit_feedback" (
  "feedback_id" text NOT NULL,
  "activity_id" text,
  "rep_id" text NOT NULL,
  "customer_id" text,
  "reported_at" timestamptz NOT NULL,
  "category" text NOT NULL,
  "competitor" text,
  "product_id" text,
  "sentiment" integer NOT NULL,
  "severity" text,
  "text" text NOT NULL,
  "resolved_at" timestamptz,
  PRIMARY KEY ("feedback_id")
);

CREATE INDEX "opportunities_close_date_idx" ON "sales"."opportunities" ("close_date");

CREATE INDEX "opportunities_created_at_idx" ON "sales"."opportunities" ("created_at");

CREATE INDEX "opportunities_owner_rep_id_idx" ON "sales"."opportunities" ("owner_rep_id");

CREATE INDEX "opportunities_customer_id_idx" ON "sales"."opportunities" ("customer_id");

CREATE INDEX "opportunities_product_id_idx" ON "sales"."opportunities" ("product_id");

CREATE INDEX "opportunity_stage_history_opportunity_id_entered_at_idx" ON "sales"."opportunity_stage_history" ("opportunity_id", "entered_at");

CREATE INDEX "leads_created_at_idx" ON "sales"."leads" ("created_at");

CREATE INDEX "leads_owner_rep_id_idx" ON "sales"."leads" ("owner_rep_id");

CREATE INDEX "activities_completed_at_idx" ON "sales"."activities" ("completed_at");

CREATE INDEX "activities_planned_at_idx" ON "sales"."activities" ("planned_at");

CREATE INDEX "activities_rep_id_idx" ON "sales"."activities" ("rep_id");

CREATE INDEX "activities_opportunity_id_idx" ON "sales"."activities" ("opportunity_id");

CREATE INDEX "targets_metric_period_start_period_end_idx" ON "sales"."targets" ("metric", "period_start", "period_end");

CREATE INDEX "invoices_issued_at_idx" ON "sales"."invoices" ("issued_at");

CREATE INDEX "invoices_due_at_idx" ON "sales"."invoices" ("due_at");

CREATE INDEX "invoices_rep_id_idx" ON "sales"."invoices" ("rep_id");

CREATE INDEX "invoices_customer_id_idx" ON "sales"."invoices" ("customer_id");

CREATE INDEX "payments_received_at_idx" ON "sales"."payments" ("received_at");

CREATE INDEX "payments_invoice_id_idx" ON "sales"."payments" ("invoice_id");

CREATE INDEX "csat_responses_responded_at_idx" ON "sales"."csat_responses" ("responded_at");

CREATE INDEX "csat_responses_rep_id_idx" ON "sales"."csat_responses" ("rep_id");

CREATE INDEX "marketing_spend_period_start_period_end_idx" ON "sales"."marketing_spend" ("period_start", "period_end");

CREATE INDEX "comp_assignments_rep_id_idx" ON "sales"."comp_assignments" ("rep_id");

CREATE INDEX "comp_adjustments_rep_id_period_start_idx" ON "sales"."comp_adjustments" ("rep_id", "period_start");

CREATE INDEX "visit_feedback_reported_at_idx" ON "sales"."visit_feedback" ("reported_at");

CREATE INDEX "visit_feedback_activity_id_idx" ON "sales"."visit_feedback" ("activity_id");

CREATE INDEX "visit_feedback_rep_id_idx" ON "sales"."visit_feedback" ("rep_id");

CREATE INDEX "visit_feedback_resolved_at_idx" ON "sales"."visit_feedback" ("resolved_at");
