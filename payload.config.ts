import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { en } from '@payloadcms/translations/languages/en'
import { pl } from '@payloadcms/translations/languages/pl'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { AlertDeliveries } from './collections/AlertDeliveries'
import { Alerts } from './collections/Alerts'
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
import { SessionDocuments } from './collections/SessionDocuments'
import { Sessions } from './collections/Sessions'
import { Subscriptions } from './collections/Subscriptions'
import { Users } from './collections/Users'
import { Votes } from './collections/Votes'
import { SiteSettings } from './globals/SiteSettings'
import { isEditor } from './access'
import { queryCostRule } from './lib/graphql/queryCostRule'
import { GRAPHQL_LIMITS } from './lib/graphql/queryLimits'
import { polishTranslations } from './lib/admin/polishTranslations'
import { adminTimezones } from './lib/admin/timezones'
import { hideApiTab } from './lib/admin/hideApiTab'
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MEGABYTES } from './lib/media/limits'
import { missingUploadFilesAnswer404 } from './lib/media/missingFileAnswers404'
import { takeQueueTurn } from './lib/jobs/queueTurn'
import { releaseStalledAlertJobs } from './lib/alerts/releaseStalledAlertJobs'
import { sendAlertsTask } from './lib/alerts/sendAlertsTask'
import { oneClickUnsubscribeEndpoints } from './lib/alerts/oneClickEndpoint'
import { revalidateEndpoint } from './lib/revalidation/endpoint'
import { emailAdapter } from './lib/email/emailAdapter'
import { env } from './lib/env'
import { queueWrites } from './lib/sqlite/writeQueue'
import { ensureSqliteDirectory } from './lib/sqliteFile'
import { migrations } from './migrations'
import { englishRestoreAsDraft } from './lib/admin/polishTranslations'

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
  email: emailAdapter(settings),
  sharp,
  collections: [Articles, Votes, Sessions, SessionDocuments, Organisations, Memberships, People, Categories, Pages, Media, Redirects, Users, SearchIndex, Subscriptions, Alerts, AlertDeliveries],
  globals: [SiteSettings],
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    avatar: 'default', // no Gravatar: editors' e-mail hashes stay in the building
    meta: { titleSuffix: ' | Panel portalu Konstancin-Jeziorna' },
    dateFormat: 'd MMMM yyyy, HH:mm',
    timezones: adminTimezones,
    components: {
      beforeDashboard: [
        '@/components/admin/EditorialQueue#EditorialQueue',
        '@/components/admin/StatementFactsMissing#StatementFactsMissing',
      ],
      beforeLogin: ['@/components/admin/LoginHeading#LoginHeading'],
      afterDashboard: ['@/components/admin/AlertFollowers#AlertFollowers'],
    },
  },
  i18n: {
    supportedLanguages: { pl, en },
    fallbackLanguage: 'pl',
    translations: { pl: polishTranslations, en: { version: { aboutToRestoreVersionAsDraft: englishRestoreAsDraft } } },
  },
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    responseOnLimit: `Plik jest za duży: największy dozwolony rozmiar to ${MAX_UPLOAD_MEGABYTES} MB.`,
  },
  endpoints: [revalidateEndpoint, ...oneClickUnsubscribeEndpoints],
  plugins: [missingUploadFilesAnswer404, hideApiTab],
  jobs: {
    // Scheduled publishing runs inside the app: the queue is checked every 10 seconds by the
    // server itself, never by scripts or tests (they run outside Next.js).
    autoRun: [{ cron: '*/10 * * * * *', queue: 'default' }],
    // With several instances, one of them takes each turn (lib/jobs/queueTurn.ts).
    shouldAutoRun: async (payload) => {
      if (process.env.NEXT_RUNTIME !== 'nodejs' || !(await takeQueueTurn('default', settings.databaseKind))) return false
      await releaseStalledAlertJobs(payload) // e-mail alert batches left by a process that died
      return true
    },
    // E-mail alerts (lib/alerts/): one job per batch of subscribers, queued when an item is published.
    tasks: [sendAlertsTask],
    access: {
      queue: ({ req }) => isEditor(req.user),
      run: ({ req }) => isEditor(req.user),
      cancel: ({ req }) => isEditor(req.user),
    },
  },
  typescript: { outputFile: path.join(dirname, 'payload-types.ts') },
  graphQL: {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    // A query past these is refused before it runs (app/(payload)/api/graphql/route.ts answers 400).
    maxComplexity: GRAPHQL_LIMITS.complexity,
    validationRules: (args) => [queryCostRule(args.variableValues)],
  },
  telemetry: false,
  onInit: settings.databaseKind === 'sqlite' ? (payload) => queueWrites(payload, SQLITE_BUSY_TIMEOUT_MS) : undefined,
})
