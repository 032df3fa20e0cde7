import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { convertSessionLabels } from '../lib/sessions/convertSessionLabels'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sessions_agenda_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'resolution' NOT NULL,
  	\`file_id\` integer NOT NULL,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`session_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions_agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_agenda_documents_order_idx\` ON \`sessions_agenda_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_agenda_documents_parent_id_idx\` ON \`sessions_agenda_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_agenda_documents_file_idx\` ON \`sessions_agenda_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_agenda\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`vote_id\` integer,
  	\`resolution_number\` text,
  	FOREIGN KEY (\`vote_id\`) REFERENCES \`votes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_agenda_order_idx\` ON \`sessions_agenda\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_agenda_parent_id_idx\` ON \`sessions_agenda\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_agenda_vote_idx\` ON \`sessions_agenda\` (\`vote_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`number\` text,
  	\`body_id\` integer NOT NULL,
  	\`start_date\` text NOT NULL,
  	\`start_date_precision\` text DEFAULT 'time' NOT NULL,
  	\`place\` text,
  	\`status\` text DEFAULT 'planned' NOT NULL,
  	\`recording_url\` text,
  	\`livestream_url\` text,
  	\`minutes\` text,
  	\`minutes_document_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`body_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`minutes_document_id\`) REFERENCES \`session_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_slug_idx\` ON \`sessions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sessions_body_idx\` ON \`sessions\` (\`body_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_minutes_document_idx\` ON \`sessions\` (\`minutes_document_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_updated_at_idx\` ON \`sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_created_at_idx\` ON \`sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`session_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`session_documents_updated_at_idx\` ON \`session_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`session_documents_created_at_idx\` ON \`session_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`session_documents_filename_idx\` ON \`session_documents\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`votes\` ADD \`session_id\` integer REFERENCES sessions(id);`)
  await db.run(sql`ALTER TABLE \`votes\` ADD \`session_label\` text;`)
  await db.run(sql`CREATE INDEX \`votes_session_idx\` ON \`votes\` (\`session_id\`);`)
  // The free-text session moves to session_label before its column goes: nothing is lost.
  await db.run(sql`UPDATE \`votes\` SET \`session_label\` = \`session\`;`)
  await db.run(sql`ALTER TABLE \`votes\` DROP COLUMN \`session\`;`)
  await db.run(sql`ALTER TABLE \`_votes_v\` ADD \`version_session_id\` integer REFERENCES sessions(id);`)
  await db.run(sql`ALTER TABLE \`_votes_v\` ADD \`version_session_label\` text;`)
  await db.run(sql`CREATE INDEX \`_votes_v_version_version_session_idx\` ON \`_votes_v\` (\`version_session_id\`);`)
  await db.run(sql`UPDATE \`_votes_v\` SET \`version_session_label\` = \`version_session\`;`)
  await db.run(sql`ALTER TABLE \`_votes_v\` DROP COLUMN \`version_session\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sessions_id\` integer REFERENCES sessions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`session_documents_id\` integer REFERENCES session_documents(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_session_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`session_documents_id\`);`)

  // Data: each distinct session text becomes a session record, and its votes are linked to it.
  // Pages are not cached yet while migrations run: nothing to revalidate.
  req.context = { ...req.context, disableRevalidate: true }
  const conversion = await convertSessionLabels(payload, req)
  if (conversion.votesLinked > 0) {
    payload.logger.info(`Sesje z opisów głosowań: ${conversion.sessionsCreated.join(', ') || 'brak nowych'}; powiązano ${conversion.votesLinked} głosowań.`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sessions_agenda_documents\`;`)
  await db.run(sql`DROP TABLE \`sessions_agenda\`;`)
  await db.run(sql`DROP TABLE \`sessions\`;`)
  await db.run(sql`DROP TABLE \`session_documents\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_votes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`organization_id\` integer,
  	\`session\` text,
  	\`start_date\` text,
  	\`start_date_precision\` text DEFAULT 'day',
  	\`motion\` text,
  	\`counts_yes\` numeric DEFAULT 0,
  	\`counts_no\` numeric DEFAULT 0,
  	\`counts_abstain\` numeric DEFAULT 0,
  	\`counts_absent\` numeric DEFAULT 0,
  	\`majority_rule\` text DEFAULT 'simple',
  	\`result\` text,
  	\`recording_url\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_votes\`("id", "title", "slug", "organization_id", "session", "start_date", "start_date_precision", "motion", "counts_yes", "counts_no", "counts_abstain", "counts_absent", "majority_rule", "result", "recording_url", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "organization_id", "session_label", "start_date", "start_date_precision", "motion", "counts_yes", "counts_no", "counts_abstain", "counts_absent", "majority_rule", "result", "recording_url", "created_by_id", "updated_at", "created_at", "_status" FROM \`votes\`;`)
  await db.run(sql`DROP TABLE \`votes\`;`)
  await db.run(sql`ALTER TABLE \`__new_votes\` RENAME TO \`votes\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`votes_slug_idx\` ON \`votes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`votes_organization_idx\` ON \`votes\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`votes_created_by_idx\` ON \`votes\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`votes_updated_at_idx\` ON \`votes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`votes_created_at_idx\` ON \`votes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`votes__status_idx\` ON \`votes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__votes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_organization_id\` integer,
  	\`version_session\` text,
  	\`version_start_date\` text,
  	\`version_start_date_precision\` text DEFAULT 'day',
  	\`version_motion\` text,
  	\`version_counts_yes\` numeric DEFAULT 0,
  	\`version_counts_no\` numeric DEFAULT 0,
  	\`version_counts_abstain\` numeric DEFAULT 0,
  	\`version_counts_absent\` numeric DEFAULT 0,
  	\`version_majority_rule\` text DEFAULT 'simple',
  	\`version_result\` text,
  	\`version_recording_url\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`votes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__votes_v\`("id", "parent_id", "version_title", "version_slug", "version_organization_id", "version_session", "version_start_date", "version_start_date_precision", "version_motion", "version_counts_yes", "version_counts_no", "version_counts_abstain", "version_counts_absent", "version_majority_rule", "version_result", "version_recording_url", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_organization_id", "version_session_label", "version_start_date", "version_start_date_precision", "version_motion", "version_counts_yes", "version_counts_no", "version_counts_abstain", "version_counts_absent", "version_majority_rule", "version_result", "version_recording_url", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_votes_v\`;`)
  await db.run(sql`DROP TABLE \`_votes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__votes_v\` RENAME TO \`_votes_v\`;`)
  await db.run(sql`CREATE INDEX \`_votes_v_parent_idx\` ON \`_votes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_votes_v_version_version_slug_idx\` ON \`_votes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_votes_v_version_version_organization_idx\` ON \`_votes_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_votes_v_version_version_created_by_idx\` ON \`_votes_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_votes_v_version_version_updated_at_idx\` ON \`_votes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_votes_v_version_version_created_at_idx\` ON \`_votes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_votes_v_version_version__status_idx\` ON \`_votes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_votes_v_created_at_idx\` ON \`_votes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_votes_v_updated_at_idx\` ON \`_votes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_votes_v_latest_idx\` ON \`_votes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`votes_id\` integer,
  	\`organisations_id\` integer,
  	\`memberships_id\` integer,
  	\`people_id\` integer,
  	\`categories_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`redirects_id\` integer,
  	\`users_id\` integer,
  	\`search_index_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`votes_id\`) REFERENCES \`votes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`memberships_id\`) REFERENCES \`memberships\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_index_id\`) REFERENCES \`search_index\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "votes_id", "organisations_id", "memberships_id", "people_id", "categories_id", "pages_id", "media_id", "redirects_id", "users_id", "search_index_id") SELECT "id", "order", "parent_id", "path", "articles_id", "votes_id", "organisations_id", "memberships_id", "people_id", "categories_id", "pages_id", "media_id", "redirects_id", "users_id", "search_index_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_votes_id_idx\` ON \`payload_locked_documents_rels\` (\`votes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_memberships_id_idx\` ON \`payload_locked_documents_rels\` (\`memberships_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_index_id_idx\` ON \`payload_locked_documents_rels\` (\`search_index_id\`);`)
}
