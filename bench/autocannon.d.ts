// autocannon 9 ships no types; this is the part the benches use.
declare module 'autocannon' {
  type Request = {
    method?: string
    path?: string
    /** called before each request: the request to send (e.g. with a path of its own) */
    setupRequest?: (request: Request) => Request
  }
  type Options = {
    url: string
    connections: number
    duration: number
    requests?: Request[]
    timeout?: number
    headers?: Record<string, string>
  }
  type Histogram = { average: number; mean: number; p50: number; p90: number; p97_5: number; p99: number; max: number }
  type Result = {
    requests: Histogram & { total: number }
    latency: Histogram
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
    /** requests per HTTP status code */
    statusCodeStats?: Record<string, { count: number }>
  }
  export default function autocannon(options: Options): Promise<Result>
}
