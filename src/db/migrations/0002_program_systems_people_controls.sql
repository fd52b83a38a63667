CREATE TABLE "controls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"activity" text NOT NULL,
	"frequency" text NOT NULL,
	"nature" text NOT NULL,
	"type" text NOT NULL,
	"evidence_guidance" text DEFAULT '' NOT NULL,
	"criteria" jsonb NOT NULL,
	"owner_id" uuid,
	"backup_owner_id" uuid,
	"source_template" text,
	"status" text DEFAULT 'active' NOT NULL,
	"retired_at" timestamp with time zone,
	"retired_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"department" text DEFAULT '' NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "systems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"services_provided" text DEFAULT '' NOT NULL,
	"boundaries" text DEFAULT '' NOT NULL,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"commitments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"components" jsonb NOT NULL,
	"incidents" text DEFAULT '' NOT NULL,
	"cuecs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"subservice_organizations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"not_relevant" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"significant_changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "controls" ADD CONSTRAINT "controls_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controls" ADD CONSTRAINT "controls_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controls" ADD CONSTRAINT "controls_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controls" ADD CONSTRAINT "controls_backup_owner_id_people_id_fk" FOREIGN KEY ("backup_owner_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "systems" ADD CONSTRAINT "systems_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "controls_org_system_idx" ON "controls" USING btree ("organization_id","system_id");--> statement-breakpoint
CREATE UNIQUE INDEX "controls_system_code_key" ON "controls" USING btree ("system_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "people_org_email_key" ON "people" USING btree ("organization_id","email");--> statement-breakpoint
CREATE INDEX "systems_org_idx" ON "systems" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "systems_org_name_key" ON "systems" USING btree ("organization_id",lower("name"));