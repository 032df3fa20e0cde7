import { expect } from 'vitest'

export type FieldError = { path: string; message: string }

/** Runs a write that must be refused; returns the field errors of Payload's ValidationError. */
export async function refused(write: Promise<unknown>): Promise<FieldError[]> {
  const error = await write.then(
    () => null,
    (e: unknown) => e as { status?: number; data?: { errors?: FieldError[] } },
  )
  expect(error, 'the write should have been refused').not.toBeNull()
  expect(error!.status).toBe(400)
  return error!.data?.errors ?? []
}
