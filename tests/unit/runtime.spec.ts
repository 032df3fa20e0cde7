import { describe, expect, it } from 'vitest'

describe('runtime', () => {
  it('runs on the Node 24 LTS that npm ci puts in node_modules/.bin', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24)
  })
})
