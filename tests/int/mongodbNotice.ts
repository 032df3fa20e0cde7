/** Says plainly, once, when the MongoDB run of the integration suite is skipped. */
export default function mongodbNotice() {
  if (!process.env.MONGODB_URI) {
    console.warn(
      '\n*** MongoDB: integration tests SKIPPED (MONGODB_URI is not set). ' +
        'Set MONGODB_URI=mongodb://… to run the same suite on MongoDB. ***\n',
    )
  }
}
