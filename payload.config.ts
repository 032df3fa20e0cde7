import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { en } from '@payloadcms/translations/languages/en'
import { pl } from '@payloadcms/translations/languages/pl'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { Categories } from './collections/Categories'
import { portalEditor } from './collections/fields/editor'
import { Media } from './collections/Media'
import { Memberships } from './collections/Memberships'
import { Organisations } from './collections/Organisations'
import { Pages } from './collections/Pages'
import { People } from './collections/People'
import { Redirects } from './collections/Redirects'
import { SearchIndex } from './collections/SearchIndex'
import { Users } from './collections/Users'
import { Votes } from './collections/Votes'
import { SiteSettings } from './globals/SiteSettings'
import { isEditor } from './access'
import { polishTranslations } from './lib/admin/polishTranslations'
import { adminTimezones } from './lib/admin/timezones'
import { hideApiTab } from './lib/admin/hideApiTab'
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MEGABYTES } from './lib/media/limits'
import { missingUploadFilesAnswer404 } from './lib/media/missingFileAnswers404'
import { revalidateEndpoint } from './lib/revalidation/endpoint'
import { env } from './lib/env'
import { queueWriteTransactions } from './lib/sqliteWriteQueue'
import { ensureSqliteDirectory } from './lib/sqliteFile'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const settings = env()

if (settings.databaseKind === 'sqlite') ensureSqliteDirectory(settings.databaseUri)

const SQLITE_BUSY_TIMEOUT_MS = 5000

const db =
  settings.databaseKind === 'mongodb'
    ? mongooseAdapter({ url: settings.databaseUri })
    : sqliteAdapter({
        client: { url: settings.databaseUri },
        // Write-ahead log: readers never wait for a writer, and `npm run backup` can copy while the portal runs.
        wal: true,
        busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
        // Without this option the adapter runs no transactions at all: a failed seed or migration would leave half its writes.
        transactionOptions: {},
        // Outside production the schema follows the config; production applies committed migrations.
        push: settings.nodeEnv !== 'production',
        prodMigrations: migrations,
        migrationDir: path.join(dirname, 'migrations'),
      })

export default buildConfig({
  secret: settings.payloadSecret,
  serverURL: settings.siteUrl,
  // Cookie-authenticated requests are honoured only from the portal's own origin.
  csrf: [settings.siteUrl],
  cors: [settings.siteUrl],
  maxDepth: 3,
  db,
  editor: portalEditor,
  sharp,
  collections: [Articles, Votes, Organisations, Memberships, People, Categories, Pages, Media, Redirects, Users, SearchIndex],
  globals: [SiteSettings],
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    avatar: 'default', // no Gravatar: editors' e-mail hashes stay in the building
    meta: { titleSuffix: ' | Panel portalu Konstancin-Jeziorna' },
    dateFormat: 'd MMMM yyyy, HH:mm',
    timezones: adminTimezones,
    components: {
      beforeDashboard: ['@/components/admin/EditorialQueue#EditorialQueue'],
      beforeLogin: ['@/components/admin/LoginHeading#LoginHeading'],
    },
  },
  i18n: {
    supportedLanguages: { pl, en },
    fallbackLanguage: 'pl',
    translations: { pl: polishTranslations },
  },
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    responseOnLimit: `Plik jest za duży: największy dozwolony rozmiar to ${MAX_UPLOAD_MEGABYTES} MB.`,
  },
  endpoints: [revalidateEndpoint],
  plugins: [missingUploadFilesAnswer404, hideApiTab],
  jobs: {
    // Scheduled publishing runs inside the app: the queue is checked every 10 seconds by the
    // server itself, never by scripts or tests (they run outside Next.js).
    autoRun: [{ cron: '*/10 * * * * *', queue: 'default' }],
    shouldAutoRun: () => process.env.NEXT_RUNTIME === 'nodejs',
    access: {
      queue: ({ req }) => isEditor(req.user),
      run: ({ req }) => isEditor(req.user),
      cancel: ({ req }) => isEditor(req.user),
    },
  },
  typescript: { outputFile: path.join(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true, disableIntrospectionInProduction: true },
  telemetry: false,
  onInit: settings.databaseKind === 'sqlite' ? (payload) => queueWriteTransactions(payload, SQLITE_BUSY_TIMEOUT_MS) : undefined,
})
