-- Sales Performance warehouse contract: mysql DDL for schema "sales".
-- Generated from src/sales/warehouse/contract.ts by `npm run warehouse:ddl`; do not edit.
-- Run: mariadb -h HOST -u USER -p < 01-schema.sql

CREATE DATABASE IF NOT EXISTS `sales` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

CREATE TABLE `sales`.`reps` (
  `rep_id` VARCHAR(64) NOT NULL,
  `rep_name` VARCHAR(200) NOT NULL,
  `team` VARCHAR(200) NOT NULL,
  `manager` VARCHAR(200) NOT NULL,
  `region` VARCHAR(200) NOT NULL,
  `hired_on` DATE NOT NULL,
  `left_on` DATE,
  PRIMARY KEY (`rep_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`products` (
  `product_id` VARCHAR(64) NOT NULL,
  `product_name` VARCHAR(200) NOT NULL,
  `product_line` VARCHAR(200) NOT NULL,
  `list_price` DECIMAL(18,2) NOT NULL,
  PRIMARY KEY (`product_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`customers` (
  `customer_id` VARCHAR(64) NOT NULL,
  `customer_name` VARCHAR(200) NOT NULL,
  `industry` VARCHAR(200) NOT NULL,
  `tier` VARCHAR(32) NOT NULL,
  `region` VARCHAR(200) NOT NULL,
  `channel` VARCHAR(32) NOT NULL,
  `dealer` VARCHAR(200),
  `created_at` DATETIME(3) NOT NULL,
  PRIMARY KEY (`customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`stages` (
  `stage` VARCHAR(200) NOT NULL,
  `position` INT NOT NULL,
  `probability` DECIMAL(5,4) NOT NULL,
  `is_closed` BOOLEAN NOT NULL,
  `is_won` BOOLEAN NOT NULL,
  PRIMARY KEY (`stage`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`opportunities` (
  `opportunity_id` VARCHAR(64) NOT NULL,
  `customer_id` VARCHAR(64) NOT NULL,
  `owner_rep_id` VARCHAR(64) NOT NULL,
  `product_id` VARCHAR(64),
  `channel` VARCHAR(32) NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `close_date` DATE,
  `stage` VARCHAR(200) NOT NULL,
  `status` VARCHAR(32) NOT NULL,
  `amount` DECIMAL(18,2) NOT NULL,
  `probability` DECIMAL(5,4),
  `forecast_category` VARCHAR(32) NOT NULL,
  `lost_reason` VARCHAR(200),
  PRIMARY KEY (`opportunity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`opportunity_stage_history` (
  `opportunity_id` VARCHAR(64) NOT NULL,
  `stage` VARCHAR(200) NOT NULL,
  `entered_at` DATETIME(3) NOT NULL,
  `exited_at` DATETIME(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`leads` (
  `lead_id` VARCHAR(64) NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `source` VARCHAR(32) NOT NULL,
  `owner_rep_id` VARCHAR(64),
  `assigned_at` DATETIME(3),
  `first_contact_at` DATETIME(3),
  `converted_at` DATETIME(3),
  `opportunity_id` VARCHAR(64),
  `status` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`lead_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`activities` (
  `activity_id` VARCHAR(64) NOT NULL,
  `rep_id` VARCHAR(64) NOT NULL,
  `customer_id` VARCHAR(64),
  `opportunity_id` VARCHAR(64),
  `activity_type` VARCHAR(32) NOT NULL,
  `planned_at` DATETIME(3),
  `completed_at` DATETIME(3),
  `outcome` VARCHAR(200),
  PRIMARY KEY (`activity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`targets` (
  `target_id` VARCHAR(64) NOT NULL,
  `metric` VARCHAR(32) NOT NULL,
  `period_start` DATE NOT NULL,
  `period_end` DATE NOT NULL,
  `rep_id` VARCHAR(64),
  `team` VARCHAR(200),
  `region` VARCHAR(200),
  `product_id` VARCHAR(64),
  `amount` DECIMAL(18,2) NOT NULL,
  `dealer` VARCHAR(200),
  PRIMARY KEY (`target_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`invoices` (
  `invoice_id` VARCHAR(64) NOT NULL,
  `opportunity_id` VARCHAR(64),
  `customer_id` VARCHAR(64) NOT NULL,
  `rep_id` VARCHAR(64) NOT NULL,
  `issued_at` DATE NOT NULL,
  `due_at` DATE NOT NULL,
  `amount` DECIMAL(18,2) NOT NULL,
  PRIMARY KEY (`invoice_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`payments` (
  `payment_id` VARCHAR(64) NOT NULL,
  `invoice_id` VARCHAR(64) NOT NULL,
  `received_at` DATE NOT NULL,
  `amount` DECIMAL(18,2) NOT NULL,
  PRIMARY KEY (`payment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`csat_responses` (
  `response_id` VARCHAR(64) NOT NULL,
  `customer_id` VARCHAR(64) NOT NULL,
  `rep_id` VARCHAR(64),
  `responded_at` DATETIME(3) NOT NULL,
  `score` DECIMAL(5,2) NOT NULL,
  `nps` DECIMAL(5,2),
  PRIMARY KEY (`response_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`marketing_spend` (
  `period_start` DATE NOT NULL,
  `period_end` DATE NOT NULL,
  `channel` VARCHAR(32) NOT NULL,
  `amount` DECIMAL(18,2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`comp_plans` (
  `plan_id` VARCHAR(64) NOT NULL,
  `plan_name` VARCHAR(200) NOT NULL,
  `measure` VARCHAR(32) NOT NULL,
  `period` VARCHAR(32) NOT NULL,
  `calc` VARCHAR(32) NOT NULL,
  `gate` DECIMAL(5,4),
  `cap_multiple` DECIMAL(5,4),
  `effective_from` DATE NOT NULL,
  `effective_to` DATE,
  PRIMARY KEY (`plan_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`comp_plan_tiers` (
  `plan_id` VARCHAR(64) NOT NULL,
  `lower_attainment` DECIMAL(5,4) NOT NULL,
  `upper_attainment` DECIMAL(5,4),
  `rate` DECIMAL(5,4) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`comp_assignments` (
  `rep_id` VARCHAR(64) NOT NULL,
  `plan_id` VARCHAR(64) NOT NULL,
  `effective_from` DATE NOT NULL,
  `effective_to` DATE,
  `target_incentive` DECIMAL(18,2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`comp_adjustments` (
  `adjustment_id` VARCHAR(64) NOT NULL,
  `rep_id` VARCHAR(64) NOT NULL,
  `period_start` DATE NOT NULL,
  `kind` VARCHAR(32) NOT NULL,
  `amount` DECIMAL(18,2) NOT NULL,
  `note` VARCHAR(200),
  PRIMARY KEY (`adjustment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `sales`.`visit_feedback` (
  `feedback_id` VARCHAR(64) NOT NULL,
  `activity_id` VARCHAR(64),
  `rep_id` VARCHAR(64) NOT NULL,
  `customer_id` VARCHAR(64),
  `reported_at` DATETIME(3) NOT NULL,
  `category` VARCHAR(32) NOT NULL,
  `competitor` VARCHAR(200),
  `product_id` VARCHAR(64),
  `sentiment` INT NOT NULL,
  `severity` VARCHAR(32),
  `text` MEDIUMTEXT NOT NULL,
  `resolved_at` DATETIME(3),
  PRIMARY KEY (`feedback_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX `opportunities_close_date_idx` ON `sales`.`opportunities` (`close_date`);

CREATE INDEX `opportunities_created_at_idx` ON `sales`.`opportunities` (`created_at`);

CREATE INDEX `opportunities_owner_rep_id_idx` ON `sales`.`opportunities` (`owner_rep_id`);

CREATE INDEX `opportunities_customer_id_idx` ON `sales`.`opportunities` (`customer_id`);

CREATE INDEX `opportunities_product_id_idx` ON `sales`.`opportunities` (`product_id`);

CREATE INDEX `opportunity_stage_history_opportunity_id_entered_at_idx` ON `sales`.`opportunity_stage_history` (`opportunity_id`, `entered_at`);

CREATE INDEX `leads_created_at_idx` ON `sales`.`leads` (`created_at`);

CREATE INDEX `leads_owner_rep_id_idx` ON `sales`.`leads` (`owner_rep_id`);

CREATE INDEX `activities_completed_at_idx` ON `sales`.`activities` (`completed_at`);

CREATE INDEX `activities_planned_at_idx` ON `sales`.`activities` (`planned_at`);

CREATE INDEX `activities_rep_id_idx` ON `sales`.`activities` (`rep_id`);

CREATE INDEX `activities_opportunity_id_idx` ON `sales`.`activities` (`opportunity_id`);

CREATE INDEX `targets_metric_period_start_period_end_idx` ON `sales`.`targets` (`metric`, `period_start`, `period_end`);

CREATE INDEX `invoices_issued_at_idx` ON `sales`.`invoices` (`issued_at`);

CREATE INDEX `invoices_due_at_idx` ON `sales`.`invoices` (`due_at`);

CREATE INDEX `invoices_rep_id_idx` ON `sales`.`invoices` (`rep_id`);

CREATE INDEX `invoices_customer_id_idx` ON `sales`.`invoices` (`customer_id`);

CREATE INDEX `payments_received_at_idx` ON `sales`.`payments` (`received_at`);

CREATE INDEX `payments_invoice_id_idx` ON `sales`.`payments` (`invoice_id`);

CREATE INDEX `csat_responses_responded_at_idx` ON `sales`.`csat_responses` (`responded_at`);

CREATE INDEX `csat_responses_rep_id_idx` ON `sales`.`csat_responses` (`rep_id`);

CREATE INDEX `marketing_spend_period_start_period_end_idx` ON `sales`.`marketing_spend` (`period_start`, `period_end`);

CREATE INDEX `comp_assignments_rep_id_idx` ON `sales`.`comp_assignments` (`rep_id`);

CREATE INDEX `comp_adjustments_rep_id_period_start_idx` ON `sales`.`comp_adjustments` (`rep_id`, `period_start`);

CREATE INDEX `visit_feedback_reported_at_idx` ON `sales`.`visit_feedback` (`reported_at`);

CREATE INDEX `visit_feedback_activity_id_idx` ON `sales`.`visit_feedback` (`activity_id`);

CREATE INDEX `visit_feedback_rep_id_idx` ON `sales`.`visit_feedback` (`rep_id`);

CREATE INDEX `visit_feedback_resolved_at_idx` ON `sales`.`visit_feedback` (`resolved_at`);
