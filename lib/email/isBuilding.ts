/** `next build` loads the config too: nothing is said or checked then. */
export const isBuilding = () => process.env.NEXT_PHASE === 'phase-production-build'
