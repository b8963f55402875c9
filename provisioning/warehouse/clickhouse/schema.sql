-- Sales Performance warehouse contract: clickhouse DDL for schema "sales".
-- Generated from src/sales/warehouse/contract.ts by `npm run warehouse:ddl`; do not edit.
-- Run: clickhouse-client --multiquery < schema.sql

CREATE DATABASE IF NOT EXISTS `sales`;

CREATE TABLE `sales`.`reps` (
  `rep_id` String,
  `rep_name` String,
  `team` String,
  `manager` String,
  `region` String,
  `hired_on` Date,
  `left_on` Nullable(Date)
) ENGINE = MergeTree() ORDER BY (`rep_id`);

CREATE TABLE `sales`.`products` (
  `product_id` String,
  `product_name` String,
  `product_line` String,
  `list_price` Decimal(18,2)
) ENGINE = MergeTree() ORDER BY (`product_id`);

CREATE TABLE `sales`.`customers` (
  `customer_id` String,
  `customer_name` String,
  `industry` String,
  `tier` String,
  `region` String,
  `channel` String,
  `dealer` Nullable(String),
  `created_at` DateTime('UTC')
) ENGINE = MergeTree() ORDER BY (`customer_id`);

CREATE TABLE `sales`.`stages` (
  `stage` String,
  `position` Int32,
  `probability` Decimal(5,4),
  `is_closed` UInt8,
  `is_won` UInt8
) ENGINE = MergeTree() ORDER BY (`stage`);

CREATE TABLE `sales`.`opportunities` (
  `opportunity_id` String,
  `customer_id` String,
  `owner_rep_id` String,
  `product_id` Nullable(String),
  `channel` String,
  `created_at` DateTime('UTC'),
  `close_date` Nullable(Date),
  `stage` String,
  `status` String,
  `amount` Decimal(18,2),
  `probability` Nullable(Decimal(5,4)),
  `forecast_category` String,
  `lost_reason` Nullable(String)
) ENGINE = MergeTree() ORDER BY (`status`, `created_at`, `opportunity_id`);

CREATE TABLE `sales`.`opportunity_stage_history` (
  `opportunity_id` String,
  `stage` String,
  `entered_at` DateTime('UTC'),
  `exited_at` Nullable(DateTime('UTC'))
) ENGINE = MergeTree() ORDER BY (`opportunity_id`, `entered_at`);

CREATE TABLE `sales`.`leads` (
  `lead_id` String,
  `created_at` DateTime('UTC'),
  `source` String,
  `owner_rep_id` Nullable(String),
  `assigned_at` Nullable(DateTime('UTC')),
  `first_contact_at` Nullable(DateTime('UTC')),
  `converted_at` Nullable(DateTime('UTC')),
  `opportunity_id` Nullable(String),
  `status` String
) ENGINE = MergeTree() ORDER BY (`created_at`, `lead_id`);

CREATE TABLE `sales`.`activities` (
  `activity_id` String,
  `rep_id` String,
  `customer_id` Nullable(String),
  `opportunity_id` Nullable(String),
  `activity_type` String,
  `planned_at` Nullable(DateTime('UTC')),
  `completed_at` Nullable(DateTime('UTC')),
  `outcome` Nullable(String)
) ENGINE = MergeTree() ORDER BY (`activity_type`, `rep_id`, `activity_id`);

CREATE TABLE `sales`.`targets` (
  `target_id` String,
  `metric` String,
  `period_start` Date,
  `period_end` Date,
  `rep_id` Nullable(String),
  `team` Nullable(String),
  `region` Nullable(String),
  `product_id` Nullable(String),
  `amount` Decimal(18,2),
  `dealer` Nullable(String)
) ENGINE = MergeTree() ORDER BY (`metric`, `period_start`, `target_id`);

CREATE TABLE `sales`.`invoices` (
  `invoice_id` String,
  `opportunity_id` Nullable(String),
  `customer_id` String,
  `rep_id` String,
  `issued_at` Date,
  `due_at` Date,
  `amount` Decimal(18,2)
) ENGINE = MergeTree() ORDER BY (`issued_at`, `invoice_id`);

CREATE TABLE `sales`.`payments` (
  `payment_id` String,
  `invoice_id` String,
  `received_at` Date,
  `amount` Decimal(18,2)
) ENGINE = MergeTree() ORDER BY (`received_at`, `payment_id`);

CREATE TABLE `sales`.`csat_responses` (
  `response_id` String,
  `customer_id` String,
  `rep_id` Nullable(String),
  `responded_at` DateTime('UTC'),
  `score` Decimal(5,2),
  `nps` Nullable(Decimal(5,2))
) ENGINE = MergeTree() ORDER BY (`responded_at`, `response_id`);

CREATE TABLE `sales`.`marketing_spend` (
  `period_start` Date,
  `period_end` Date,
  `channel` String,
  `amount` Decimal(18,2)
) ENGINE = MergeTree() ORDER BY (`period_start`, `channel`);

CREATE TABLE `sales`.`comp_plans` (
  `plan_id` String,
  `plan_name` String,
  `measure` String,
  `period` String,
  `calc` String,
  `gate` Nullable(Decimal(5,4)),
  `cap_multiple` Nullable(Decimal(5,4)),
  `effective_from` Date,
  `effective_to` Nullable(Date)
) ENGINE = MergeTree() ORDER BY (`plan_id`);

CREATE TABLE `sales`.`comp_plan_tiers` (
  `plan_id` String,
  `lower_attainment` Decimal(5,4),
  `upper_attainment` Nullable(Decimal(5,4)),
  `rate` Decimal(5,4)
) ENGINE = MergeTree() ORDER BY (`plan_id`, `lower_attainment`);

CREATE TABLE `sales`.`comp_assignments` (
  `rep_id` String,
  `plan_id` String,
  `effective_from` Date,
  `effective_to` Nullable(Date),
  `target_incentive` Decimal(18,2)
) ENGINE = MergeTree() ORDER BY (`rep_id`, `effective_from`);

CREATE TABLE `sales`.`comp_adjustments` (
  `adjustment_id` String,
  `rep_id` String,
  `period_start` Date,
  `kind` String,
  `amount` Decimal(18,2),
  `note` Nullable(String)
) ENGINE = MergeTree() ORDER BY (`period_start`, `adjustment_id`);

CREATE TABLE `sales`.`visit_feedback` (
  `feedback_id` String,
  `activity_id` Nullable(String),
  `rep_id` String,
  `customer_id` Nullable(String),
  `reported_at` DateTime('UTC'),
  `category` String,
  `competitor` Nullable(String),
  `product_id` Nullable(String),
  `sentiment` Int32,
  `severity` Nullable(String),
  `text` String,
  `resolved_at` Nullable(DateTime('UTC'))
) ENGINE = MergeTree() ORDER BY (`reported_at`, `feedback_id`);
