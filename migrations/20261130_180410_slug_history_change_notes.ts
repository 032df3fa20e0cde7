import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_change_notes_order_idx\` ON \`articles_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_change_notes_parent_id_idx\` ON \`articles_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_change_notes_order_idx\` ON \`_articles_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_change_notes_parent_id_idx\` ON \`_articles_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`substantive_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`content_modified_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_content_modified_at_idx\` ON \`articles\` (\`content_modified_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_substantive_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_content_modified_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_content_modified_at_idx\` ON \`_articles_v\` (\`version_content_modified_at\`);`)
  await db.run(sql`CREATE INDEX \`redirects_to_idx\` ON \`redirects\` (\`to\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_change_notes\`;`)
  await db.run(sql`DROP INDEX \`articles_content_modified_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`substantive_change\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`content_modified_at\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_content_modified_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_substantive_change\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_content_modified_at\`;`)
  await db.run(sql`DROP INDEX \`redirects_to_idx\`;`)
}
