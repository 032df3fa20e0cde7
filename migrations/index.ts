import * as migration_20261130_160635_initial from './20261130_160635_initial';

export const migrations = [
  {
    up: migration_20261130_160635_initial.up,
    down: migration_20261130_160635_initial.down,
    name: '20261130_160635_initial'
  },
];
