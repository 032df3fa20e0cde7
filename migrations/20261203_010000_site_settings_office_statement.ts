import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_settings_accessibility_non_compliant_content\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_accessibility_non_compliant_content_order_idx\` ON \`site_settings_accessibility_non_compliant_content\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_accessibility_non_compliant_content_parent_id_idx\` ON \`site_settings_accessibility_non_compliant_content\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_accessibility_exemptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`description\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_accessibility_exemptions_order_idx\` ON \`site_settings_accessibility_exemptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_accessibility_exemptions_parent_id_idx\` ON \`site_settings_accessibility_exemptions\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`office_name\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`office_street\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`office_postal_code\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`office_town\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`office_bip_url\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_published_on\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_last_major_update_on\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_compliance_status\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_prepared_on\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_reviewed_on\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_assessment\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_assessor\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_coordinator_name\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_coordinator_email\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_coordinator_phone\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_building\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_mobile_apps\` text;`)
  // The contact given before keeps its e-mail and phone; the free-text address becomes the street line, to be split by hand.
  await db.run(sql`ALTER TABLE \`site_settings\` RENAME COLUMN \`contact_email\` TO \`office_email\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` RENAME COLUMN \`contact_phone\` TO \`office_phone\`;`)
  await db.run(sql`UPDATE \`site_settings\` SET \`office_street\` = \`contact_address\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`contact_address\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_settings_accessibility_non_compliant_content\`;`)
  await db.run(sql`DROP TABLE \`site_settings_accessibility_exemptions\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`contact_address\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`office_name\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`office_street\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`office_postal_code\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`office_town\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` RENAME COLUMN \`office_phone\` TO \`contact_phone\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` RENAME COLUMN \`office_email\` TO \`contact_email\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`office_bip_url\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_published_on\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_last_major_update_on\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_compliance_status\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_prepared_on\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_reviewed_on\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_assessment\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_assessor\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_coordinator_name\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_coordinator_email\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_coordinator_phone\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_building\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_mobile_apps\`;`)
}
