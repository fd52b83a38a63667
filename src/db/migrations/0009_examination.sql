CREATE TABLE "engagement_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by_side" text NOT NULL,
	"uploaded_by_label" text NOT NULL,
	"agreed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_team" (
	"engagement_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagement_team_engagement_id_user_id_pk" PRIMARY KEY("engagement_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "engagements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"firm_id" uuid NOT NULL,
	"service_org_id" uuid NOT NULL,
	"system_id" uuid,
	"name" text NOT NULL,
	"report_type" text NOT NULL,
	"as_of_date" date,
	"period_start" date,
	"period_end" date,
	"short_period_reason" text,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"proposed_by" text NOT NULL,
	"proposed_by_label" text NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by_label" text,
	"frequency_table" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "design_conclusions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"subject" text NOT NULL,
	"conclusion" text NOT NULL,
	"observation" text DEFAULT '' NOT NULL,
	"material" boolean DEFAULT false NOT NULL,
	"sent_at" timestamp with time zone,
	"response" text,
	"responded_by_label" text,
	"responded_at" timestamp with time zone,
	"recorded_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opinion_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"proposal" jsonb NOT NULL,
	"opinion" text NOT NULL,
	"overridden" boolean NOT NULL,
	"rationale" text DEFAULT '' NOT NULL,
	"basis" text NOT NULL,
	"decided_by_id" uuid,
	"decided_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sample_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"test_plan_id" uuid NOT NULL,
	"key" text NOT NULL,
	"rank" integer NOT NULL,
	"hmac" text NOT NULL,
	"request_id" uuid,
	"result" text,
	"notes" text DEFAULT '' NOT NULL,
	"evidence_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signoffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"test_plan_id" uuid NOT NULL,
	"role" text NOT NULL,
	"user_id" uuid,
	"label" text NOT NULL,
	"digest" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "test_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"test_plan_id" uuid NOT NULL,
	"description" text NOT NULL,
	"root_cause" text DEFAULT '' NOT NULL,
	"classification" text,
	"evaluation" jsonb,
	"criteria_not_met" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"material" boolean DEFAULT false NOT NULL,
	"sent_at" timestamp with time zone,
	"management_response" text,
	"responded_by_label" text,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "test_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"control_id" uuid NOT NULL,
	"procedures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"population_source" text,
	"population_evidence_id" uuid,
	"population_key_column" text,
	"population_sha256" text,
	"population_size" integer,
	"sampling_method" text,
	"sampling_params" jsonb,
	"sample_size" integer,
	"allowed_deviations" integer,
	"size_rationale" text,
	"seed" text,
	"selected_at" timestamp with time zone,
	"conclusion" text,
	"conclusion_notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workpaper_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"test_plan_id" uuid,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"author_id" uuid,
	"author_label" text NOT NULL,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagement_documents" ADD CONSTRAINT "engagement_documents_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_team" ADD CONSTRAINT "engagement_team_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_team" ADD CONSTRAINT "engagement_team_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_firm_id_organizations_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_service_org_id_organizations_id_fk" FOREIGN KEY ("service_org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "design_conclusions" ADD CONSTRAINT "design_conclusions_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_decisions" ADD CONSTRAINT "opinion_decisions_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opinion_decisions" ADD CONSTRAINT "opinion_decisions_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_items" ADD CONSTRAINT "sample_items_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_items" ADD CONSTRAINT "sample_items_test_plan_id_test_plans_id_fk" FOREIGN KEY ("test_plan_id") REFERENCES "public"."test_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_items" ADD CONSTRAINT "sample_items_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signoffs" ADD CONSTRAINT "signoffs_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signoffs" ADD CONSTRAINT "signoffs_test_plan_id_test_plans_id_fk" FOREIGN KEY ("test_plan_id") REFERENCES "public"."test_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signoffs" ADD CONSTRAINT "signoffs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_exceptions" ADD CONSTRAINT "test_exceptions_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_exceptions" ADD CONSTRAINT "test_exceptions_test_plan_id_test_plans_id_fk" FOREIGN KEY ("test_plan_id") REFERENCES "public"."test_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_plans" ADD CONSTRAINT "test_plans_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_plans" ADD CONSTRAINT "test_plans_control_id_controls_id_fk" FOREIGN KEY ("control_id") REFERENCES "public"."controls"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_plans" ADD CONSTRAINT "test_plans_population_evidence_id_evidence_items_id_fk" FOREIGN KEY ("population_evidence_id") REFERENCES "public"."evidence_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workpaper_notes" ADD CONSTRAINT "workpaper_notes_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workpaper_notes" ADD CONSTRAINT "workpaper_notes_test_plan_id_test_plans_id_fk" FOREIGN KEY ("test_plan_id") REFERENCES "public"."test_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workpaper_notes" ADD CONSTRAINT "workpaper_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "engagement_documents_engagement_idx" ON "engagement_documents" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "engagement_team_user_idx" ON "engagement_team" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "engagements_firm_idx" ON "engagements" USING btree ("firm_id","created_at","id");--> statement-breakpoint
CREATE INDEX "engagements_service_org_idx" ON "engagements" USING btree ("service_org_id","created_at","id");--> statement-breakpoint
CREATE INDEX "engagements_name_idx" ON "engagements" USING btree ("firm_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "design_conclusions_subject_key" ON "design_conclusions" USING btree ("engagement_id","subject_kind","subject");--> statement-breakpoint
CREATE INDEX "opinion_decisions_engagement_idx" ON "opinion_decisions" USING btree ("engagement_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sample_items_plan_key" ON "sample_items" USING btree ("test_plan_id","key");--> statement-breakpoint
CREATE INDEX "sample_items_engagement_idx" ON "sample_items" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "signoffs_plan_idx" ON "signoffs" USING btree ("test_plan_id","role");--> statement-breakpoint
CREATE UNIQUE INDEX "test_exceptions_plan_key" ON "test_exceptions" USING btree ("test_plan_id");--> statement-breakpoint
CREATE INDEX "test_exceptions_engagement_idx" ON "test_exceptions" USING btree ("engagement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "test_plans_control_key" ON "test_plans" USING btree ("engagement_id","control_id");--> statement-breakpoint
CREATE INDEX "workpaper_notes_engagement_idx" ON "workpaper_notes" USING btree ("engagement_id","created_at");--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "requests_engagement_idx" ON "requests" USING btree ("engagement_id");