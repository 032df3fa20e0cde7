import * as migration_20261130_160635_initial from './20261130_160635_initial';
import * as migration_20261130_163632_search_index from './20261130_163632_search_index';
import * as migration_20261130_174532_roles_scheduling_media from './20261130_174532_roles_scheduling_media';
import * as migration_20261130_180410_slug_history_change_notes from './20261130_180410_slug_history_change_notes';
import * as migration_20261202_191909_sessions_agendas from './20261202_191909_sessions_agendas';
import * as migration_20261202_201704_users_login_limits from './20261202_201704_users_login_limits';
import * as migration_20261203_000819_email_alerts from './20261203_000819_email_alerts';
import * as migration_20261203_010000_site_settings_office_statement from './20261203_010000_site_settings_office_statement';

export const migrations = [
  {
    up: migration_20261130_160635_initial.up,
    down: migration_20261130_160635_initial.down,
    name: '20261130_160635_initial',
  },
  {
    up: migration_20261130_163632_search_index.up,
    down: migration_20261130_163632_search_index.down,
    name: '20261130_163632_search_index',
  },
  {
    up: migration_20261130_174532_roles_scheduling_media.up,
    down: migration_20261130_174532_roles_scheduling_media.down,
    name: '20261130_174532_roles_scheduling_media',
  },
  {
    up: migration_20261130_180410_slug_history_change_notes.up,
    down: migration_20261130_180410_slug_history_change_notes.down,
    name: '20261130_180410_slug_history_change_notes',
  },
  {
    up: migration_20261202_191909_sessions_agendas.up,
    down: migration_20261202_191909_sessions_agendas.down,
    name: '20261202_191909_sessions_agendas',
  },
  {
    up: migration_20261202_201704_users_login_limits.up,
    down: migration_20261202_201704_users_login_limits.down,
    name: '20261202_201704_users_login_limits',
  },
  {
    up: migration_20261203_000819_email_alerts.up,
    down: migration_20261203_000819_email_alerts.down,
    name: '20261203_000819_email_alerts',
  },
  {
    up: migration_20261203_010000_site_settings_office_statement.up,
    down: migration_20261203_010000_site_settings_office_statement.down,
    name: '20261203_010000_site_settings_office_statement',
  },
];
