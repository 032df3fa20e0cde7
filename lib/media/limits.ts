/** Largest upload accepted (a phone photo is 3-8 MB); larger files get a 413 with a Polish message. */
export const MAX_UPLOAD_MEGABYTES = 10
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MEGABYTES * 1024 * 1024
