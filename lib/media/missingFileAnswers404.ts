import fs from 'node:fs'
import path from 'node:path'

import type { CollectionConfig, Config, Plugin } from 'payload'

type UploadConfig = Exclude<CollectionConfig['upload'], boolean | undefined>
type UploadFileHandler = NonNullable<UploadConfig['handlers']>[number]

const NOT_FOUND_MESSAGE = 'Nie ma takiego pliku: mógł zostać usunięty.'

/**
 * Payload's file route (`/api/<collection>/file/<name>`) answers 500 "Something went wrong."
 * when the name is not on the disk: a deleted upload, one of its sizes, or any unknown name.
 * This handler runs before Payload's own disk read and answers 404 instead; an existing file
 * falls through (no answer) to Payload, which streams it as before. A stat is a few
 * microseconds, so it is done synchronously, which keeps the handler's type simple.
 */
export function answer404ForMissingFile(staticDir: string): UploadFileHandler {
  const folder = path.resolve(staticDir)
  return (_req, { params }) => {
    const filePath = path.resolve(folder, params.filename)
    // Names that leave the folder are Payload's to refuse (400).
    if (!filePath.startsWith(folder + path.sep)) return
    if (fs.statSync(filePath, { throwIfNoEntry: false })?.isFile()) return
    return Response.json({ errors: [{ message: NOT_FOUND_MESSAGE }] }, { status: 404 })
  }
}

/** Adds the 404 handler to every upload collection (after any storage adapter's own handlers). */
export const missingUploadFilesAnswer404: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => {
    if (!collection.upload) return collection
    const upload: UploadConfig = collection.upload === true ? {} : collection.upload
    // Payload's own default folder is the collection's slug, relative to the working directory.
    const handler = answer404ForMissingFile(upload.staticDir || collection.slug)
    return { ...collection, upload: { ...upload, handlers: [...(upload.handlers ?? []), handler] } }
  }),
})
