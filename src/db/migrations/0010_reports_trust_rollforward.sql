CREATE TABLE "follow_up_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"source_exception_id" uuid,
	"control_id" uuid,
	"control_code" text NOT NULL,
	"description" text NOT NULL,
	"management_response" text,
	"resolution" text,
	"closed_by_label" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "firm_report_settings" (
	"firm_id" uuid PRIMARY KEY NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"templates" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "management_assertions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"text" text NOT NULL,
	"sha256" text NOT NULL,
	"accepted_by" uuid,
	"accepted_by_label" text NOT NULL,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_signing_keys" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"key_id" text NOT NULL,
	"public_key_pem" text NOT NULL,
	"private_key_pem" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"firm_id" uuid NOT NULL,
	"service_org_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"replaces_report_id" uuid,
	"correction_reason" text,
	"report_type" text NOT NULL,
	"as_of_date" date,
	"period_start" date,
	"period_end" date,
	"report_date" date NOT NULL,
	"organization_name" text NOT NULL,
	"firm_name" text NOT NULL,
	"system_name" text NOT NULL,
	"opinion" text NOT NULL,
	"input" jsonb NOT NULL,
	"templates" jsonb NOT NULL,
	"pdf_sha256" text NOT NULL,
	"pdf_size" integer NOT NULL,
	"signature" text NOT NULL,
	"key_id" text NOT NULL,
	"issued_by" uuid,
	"issued_by_label" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bridge_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"covers_from" date NOT NULL,
	"covers_to" date NOT NULL,
	"changes" text DEFAULT '' NOT NULL,
	"incidents" text DEFAULT '' NOT NULL,
	"signed_by_label" text,
	"signed_at" timestamp with time zone,
	"sha256" text,
	"published" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trust_access_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"access_request_id" uuid,
	"kind" text NOT NULL,
	"report_id" uuid,
	"copy_sha256" text,
	"recipient" text,
	"ip" text,
	"user_agent" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trust_access_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"company" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"nda_sha256" text,
	"nda_accepted_at" timestamp with time zone,
	"nda_ip" text,
	"token_hash" text NOT NULL,
	"granted_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"decided_by_label" text,
	"request_ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trust_pages" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"headline" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"show_categories" boolean DEFAULT true NOT NULL,
	"show_control_summary" boolean DEFAULT false NOT NULL,
	"report_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"access_mode" text DEFAULT 'approval' NOT NULL,
	"nda_text" text DEFAULT '' NOT NULL,
	"access_days" integer DEFAULT 30 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "rolled_from_id" uuid;--> statement-breakpoint
ALTER TABLE "follow_up_items" ADD CONSTRAINT "follow_up_items_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_items" ADD CONSTRAINT "follow_up_items_source_exception_id_test_exceptions_id_fk" FOREIGN KEY ("source_exception_id") REFERENCES "public"."test_exceptions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_items" ADD CONSTRAINT "follow_up_items_control_id_controls_id_fk" FOREIGN KEY ("control_id") REFERENCES "public"."controls"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "firm_report_settings" ADD CONSTRAINT "firm_report_settings_firm_id_organizations_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "management_assertions" ADD CONSTRAINT "management_assertions_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "management_assertions" ADD CONSTRAINT "management_assertions_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_signing_keys" ADD CONSTRAINT "organization_signing_keys_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_firm_id_organizations_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_service_org_id_organizations_id_fk" FOREIGN KEY ("service_org_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_letters" ADD CONSTRAINT "bridge_letters_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_letters" ADD CONSTRAINT "bridge_letters_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trust_access_log" ADD CONSTRAINT "trust_access_log_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trust_access_log" ADD CONSTRAINT "trust_access_log_access_request_id_trust_access_requests_id_fk" FOREIGN KEY ("access_request_id") REFERENCES "public"."trust_access_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trust_access_log" ADD CONSTRAINT "trust_access_log_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trust_access_requests" ADD CONSTRAINT "trust_access_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trust_pages" ADD CONSTRAINT "trust_pages_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_up_items_engagement_idx" ON "follow_up_items" USING btree ("engagement_id","created_at");--> statement-breakpoint
CREATE INDEX "management_assertions_engagement_idx" ON "management_assertions" USING btree ("engagement_id","accepted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_version_key" ON "reports" USING btree ("engagement_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_pdf_sha256_key" ON "reports" USING btree ("pdf_sha256");--> statement-breakpoint
CREATE INDEX "reports_service_org_idx" ON "reports" USING btree ("service_org_id","issued_at");--> statement-breakpoint
CREATE INDEX "reports_firm_idx" ON "reports" USING btree ("firm_id","issued_at");--> statement-breakpoint
CREATE INDEX "bridge_letters_org_idx" ON "bridge_letters" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "trust_access_log_org_idx" ON "trust_access_log" USING btree ("organization_id","at");--> statement-breakpoint
CREATE INDEX "trust_access_log_copy_idx" ON "trust_access_log" USING btree ("copy_sha256");--> statement-breakpoint
CREATE INDEX "trust_access_requests_org_idx" ON "trust_access_requests" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "trust_access_requests_token_key" ON "trust_access_requests" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "trust_pages_slug_key" ON "trust_pages" USING btree (lower("slug"));