/** An HTTP API failure: the server's `{ error: { code, message } }`, or `network` when it was unreachable. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds to wait before trying again (the Retry-After header of a 429), when the server said. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** True when the request never got an HTTP answer. */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}
