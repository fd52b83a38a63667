CREATE TABLE "evidence_controls" (
	"organization_id" uuid NOT NULL,
	"evidence_id" uuid NOT NULL,
	"control_id" uuid NOT NULL,
	CONSTRAINT "evidence_controls_evidence_id_control_id_pk" PRIMARY KEY("evidence_id","control_id")
);
--> statement-breakpoint
CREATE TABLE "evidence_criteria" (
	"organization_id" uuid NOT NULL,
	"evidence_id" uuid NOT NULL,
	"criterion_id" text NOT NULL,
	CONSTRAINT "evidence_criteria_evidence_id_criterion_id_pk" PRIMARY KEY("evidence_id","criterion_id")
);
--> statement-breakpoint
CREATE TABLE "evidence_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"collected_at" timestamp with time zone NOT NULL,
	"collected_by_user_id" uuid,
	"collected_by_label" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"supersedes_id" uuid,
	"superseded_by_id" uuid,
	"removed_at" timestamp with time zone,
	"removed_by" text,
	"removed_reason" text,
	"ledger_seq" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence_controls" ADD CONSTRAINT "evidence_controls_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_controls" ADD CONSTRAINT "evidence_controls_evidence_id_evidence_items_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_controls" ADD CONSTRAINT "evidence_controls_control_id_controls_id_fk" FOREIGN KEY ("control_id") REFERENCES "public"."controls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_criteria" ADD CONSTRAINT "evidence_criteria_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_criteria" ADD CONSTRAINT "evidence_criteria_evidence_id_evidence_items_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_collected_by_user_id_users_id_fk" FOREIGN KEY ("collected_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_supersedes_id_evidence_items_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."evidence_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_superseded_by_id_evidence_items_id_fk" FOREIGN KEY ("superseded_by_id") REFERENCES "public"."evidence_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_controls_org_idx" ON "evidence_controls" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "evidence_controls_control_idx" ON "evidence_controls" USING btree ("control_id");--> statement-breakpoint
CREATE INDEX "evidence_criteria_org_idx" ON "evidence_criteria" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "evidence_criteria_criterion_idx" ON "evidence_criteria" USING btree ("organization_id","criterion_id");--> statement-breakpoint
CREATE INDEX "evidence_items_org_created_idx" ON "evidence_items" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "evidence_items_org_period_idx" ON "evidence_items" USING btree ("organization_id","period_start","period_end");--> statement-breakpoint
CREATE INDEX "evidence_items_org_source_idx" ON "evidence_items" USING btree ("organization_id","source");--> statement-breakpoint
CREATE INDEX "evidence_items_org_collector_idx" ON "evidence_items" USING btree ("organization_id","collected_by_user_id");--> statement-breakpoint
CREATE INDEX "evidence_items_sha256_idx" ON "evidence_items" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "evidence_items_title_idx" ON "evidence_items" USING btree ("organization_id",lower("title"));