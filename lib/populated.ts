/** True when a relationship came back as a document (depth ≥ 1), not as a bare id. */
export function isPopulated<T extends { id: number | string }>(value: unknown): value is T {
  return typeof value === 'object' && value !== null && 'id' in value
}
