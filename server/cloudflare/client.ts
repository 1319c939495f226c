import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { findApiCode } from '../core/catalog';

/** The public API; overridable for tests, proxies and API gateways. */
export const DEFAULT_BASE_URL = 'https://api.cloudflare.com/client/v4';

export interface ApiMessage {
  code: number;
  message: string;
}

export interface ResultInfo {
  page?: number;
  per_page?: number;
  count?: number;
  total_count?: number;
  total_pages?: number;
}

export interface Envelope<T> {
  success: boolean;
  errors: ApiMessage[];
  messages?: ApiMessage[];
  result: T;
  result_info?: ResultInfo;
}

export type FailureKind = 'api' | 'http' | 'network' | 'timeout' | 'malformed' | 'too-large' | 'deadline';

/** A failed request. The message never holds the token: only the method, the path and what came back. */
export class CloudflareError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly path: string,
    readonly status?: number,
    readonly errors: ApiMessage[] = [],
  ) {
    super(message);
    this.name = 'CloudflareError';
  }

  /** Catalog ids of the API codes that spectrum-lint can explain. */
  get explainedIds(): string[] {
    return this.errors.map((e) => findApiCode(e.code)?.id).filter((id): id is string => id !== undefined);
  }
}

export interface RetryNotice {
  path: string;
  attempt: number;
  delayMs: number;
  reason: string;
}

export interface ClientOptions {
  token: string;
  baseUrl?: string;
  /** Per request, body included, in milliseconds. */
  timeoutMs?: number;
  /** For every request and wait of this client together, in milliseconds from its creation. */
  deadlineMs?: number;
  /** Largest response body read, in bytes; a larger answer fails (it is never read whole). */
  maxResponseBytes?: number;
  /** Most pages one list follows; a longer list fails rather than being written truncated. */
  maxPages?: number;
  /** Retries after the first attempt, for 429, 5xx, timeouts and network errors. */
  retries?: number;
  /** First back-off delay; doubles with each retry. */
  backoffMs?: number;
  /** Upper bound for one wait, including a server's Retry-After. */
  maxDelayMs?: number;
  /** Injected for tests. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (notice: RetryNotice) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_DEADLINE_MS = 300_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
export const DEFAULT_MAX_PAGES = 10_000;

/**
 * A minimal read-only Cloudflare API client: GET with the token in the Authorization header only,
 * no redirects, a time limit per request (its body included), a size cap per answer, one deadline
 * for everything the client does, and retries with exponential back-off on 429 (honouring
 * Retry-After), 5xx, timeouts and network errors.
 */
export class CloudflareClient {
  private readonly base: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxDelayMs: number;
  private readonly doFetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly deadlineMs: number;
  private readonly deadline: number;
  private readonly maxResponseBytes: number;
  private readonly maxPages: number;

  constructor(private readonly options: ClientOptions) {
    const tokenIssue = tokenProblem(options.token);
    if (tokenIssue) throw new Error(tokenIssue);
    this.base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    const problem = baseUrlProblem(this.base);
    if (problem) throw new Error(problem);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
    this.deadline = Date.now() + this.deadlineMs;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    this.retries = options.retries ?? 3;
    this.backoffMs = options.backoffMs ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 60000;
    this.doFetch = options.fetch ?? fetch;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** GET one page; resolves with the envelope when `success` is true. */
  async get<T>(path: string, query: Record<string, string | number | boolean | undefined> = {}): Promise<Envelope<T>> {
    try {
      return await this.attempts<T>(path, query);
    } catch (error) {
      // Defence in depth: whatever went wrong, the token never reaches a message.
      if (error instanceof CloudflareError && error.message.includes(this.options.token)) {
        throw new CloudflareError(error.kind, error.message.split(this.options.token).join('<token>'), error.path, error.status, error.errors);
      }
      throw error;
    }
  }

  private async attempts<T>(path: string, query: Record<string, string | number | boolean | undefined>): Promise<Envelope<T>> {
    const url = new URL(this.base + path);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
    const label = `GET ${path}`;
    for (let attempt = 0; ; attempt++) {
      let retryReason: string | undefined;
      let retryAfterMs: number | undefined;
      const remaining = this.deadline - Date.now();
      if (remaining <= 0) throw this.deadlineFailure(label, path);
      const limitMs = Math.min(this.timeoutMs, remaining);
      try {
        const { status, headers, body } = await this.fetchBounded(url, label, path, limitMs);
        if (status >= 300 && status < 400) {
          throw new CloudflareError('http', `${label}: the API answered with a redirect (HTTP ${status}); redirects are not followed, so the token is sent nowhere else.`, path, status);
        }
        if (status === 429 || status >= 500) {
          retryAfterMs = parseRetryAfter(headers.get('retry-after'));
          retryReason = `HTTP ${status}${retryAfterMs !== undefined ? ', the API asks to wait (Retry-After)' : ''}`;
          if (attempt >= this.retries) throw httpFailure(label, path, status, body);
        } else {
          return parseEnvelope<T>(label, path, status, body);
        }
      } catch (error) {
        if (error instanceof CloudflareError && error.kind !== 'timeout' && error.kind !== 'network') throw error;
        const failure = error instanceof CloudflareError ? error : networkFailure(label, path, error, limitMs);
        if (attempt >= this.retries) throw failure;
        retryReason = failure.kind === 'timeout' ? `no answer within ${limitMs} ms` : failure.message;
      }
      const delay = Math.min(this.maxDelayMs, retryAfterMs ?? this.backoffMs * 2 ** attempt);
      if (Date.now() + delay >= this.deadline) {
        throw new CloudflareError(
          'deadline',
          `${label}: gave up (${retryReason ?? 'error'}): the next try, in ${(delay / 1000).toFixed(1)} s, would pass the ${(this.deadlineMs / 1000).toFixed(0)} s limit for the whole pull.`,
          path,
        );
      }
      this.options.onRetry?.({ path, attempt: attempt + 1, delayMs: delay, reason: retryReason ?? 'error' });
      await this.sleep(delay);
    }
  }

  private deadlineFailure(label: string, path: string): CloudflareError {
    return new CloudflareError('deadline', `${label}: not sent: the ${(this.deadlineMs / 1000).toFixed(0)} s limit for the whole pull has passed.`, path);
  }

  /**
   * Every item of a paginated list: follows `result_info` (total_pages, or total_count / per_page),
   * and stops on a short page when the API gives neither.
   */
  async list<T>(path: string, query: Record<string, string | number | boolean | undefined> = {}, perPage = 100): Promise<T[]> {
    const out: T[] = [];
    for (let page = 1; ; page++) {
      if (page > this.maxPages) {
        throw new CloudflareError('malformed', `GET ${path}: the list has more than ${this.maxPages} pages; it was not pulled rather than pulled in part.`, path);
      }
      const env = await this.get<T[]>(path, { ...query, page, per_page: perPage });
      if (!Array.isArray(env.result)) throw new CloudflareError('malformed', `GET ${path}: the response has no result list.`, path);
      out.push(...env.result);
      const info = env.result_info;
      const size = info?.per_page ?? perPage;
      const pages = info?.total_pages ?? (info?.total_count !== undefined ? Math.ceil(info.total_count / Math.max(1, size)) : undefined);
      if (pages !== undefined ? page >= pages : env.result.length < size) break;
      if (env.result.length === 0) {
        throw new CloudflareError('malformed', `GET ${path}: page ${page} of ${pages} is empty; the list was not pulled rather than pulled in part.`, path);
      }
    }
    return out;
  }

  /**
   * One request, body included, within `limitMs`: a single timer aborts the connection and ends
   * every wait (Node 20's fetch does not abort a body read by itself), and the body is read as a
   * stream so a huge or endless answer stops at `maxResponseBytes`.
   */
  private async fetchBounded(url: URL, label: string, path: string, limitMs: number): Promise<{ status: number; headers: Headers; body: string }> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new CloudflareError('timeout', `${label}: no answer within ${limitMs} ms.`, path));
      }, limitMs);
    });
    expired.catch(() => undefined);
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    try {
      const response = await Promise.race([
        this.doFetch(url, {
          method: 'GET',
          headers: { Authorization: `Bearer ${this.options.token}`, Accept: 'application/json' },
          signal: controller.signal,
          // 'manual', not 'error': with 'error' Node 20 ignores the abort while the body is read.
          redirect: 'manual',
        }),
        expired,
      ]);
      const declared = Number(response.headers.get('content-length'));
      if (declared > this.maxResponseBytes) throw this.tooLarge(label, path);
      const chunks: Uint8Array[] = [];
      let size = 0;
      reader = response.body?.getReader();
      while (reader) {
        const { done, value } = await Promise.race([reader.read(), expired]);
        if (done) break;
        size += value.byteLength;
        if (size > this.maxResponseBytes) throw this.tooLarge(label, path);
        chunks.push(value);
      }
      return { status: response.status, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') };
    } catch (error) {
      controller.abort();
      reader?.cancel().catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private tooLarge(label: string, path: string): CloudflareError {
    return new CloudflareError('too-large', `${label}: the answer is larger than ${(this.maxResponseBytes / 1048576).toFixed(0)} MB; it was not read.`, path);
  }
}

/**
 * Why a base URL must not receive the token: not http(s), or plain HTTP to anything but this machine.
 * Plain HTTP is for the loopback literals (127.0.0.0/8, ::1) and `localhost` only: a name such as
 * `127.0.0.1.nip.io` may resolve anywhere, and the token must not cross a network in clear text.
 */
export function baseUrlProblem(base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return `The API base URL is not a URL.`;
  }
  if (url.username || url.password) return 'The API base URL must not hold a user name or password.';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol !== 'http:') return `The API base URL must be https://, not ${url.protocol}//.`;
  if (isLoopbackHost(url.hostname)) return undefined;
  return `The API base URL ${url.origin} is plain HTTP: the API token would cross the network unencrypted. Use https:// (plain HTTP only to 127.0.0.1, [::1] or localhost).`;
}

/** A URL's host name that is this machine by itself, without asking DNS. */
function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost') return true;
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) === 0) return false;
  const ip = ipaddr.parse(host);
  return ip.range() === 'loopback';
}

/**
 * Why a token cannot be sent: empty, or a character no token has (whitespace, control or non-ASCII:
 * a header cannot carry it, and the error would print it). Never quotes the token.
 */
export function tokenProblem(token: string | undefined): string | undefined {
  if (!token) return 'An API token is needed.';
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) {
      const what = c === 0x20 || c === 9 ? 'a space' : c === 10 || c === 13 ? 'a line break' : c < 0x20 || c === 0x7f ? 'a control character' : 'a non-ASCII character';
      return `The API token holds ${what} (character ${i + 1} of ${token.length}); a Cloudflare API token has none. Copy it again.`;
    }
  }
  return undefined;
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

function parseEnvelope<T>(label: string, path: string, status: number, body: string): Envelope<T> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new CloudflareError('malformed', `${label}: HTTP ${status} with a body that is not JSON.`, path, status);
  }
  const env = json as Partial<Envelope<T>>;
  if (typeof env !== 'object' || env === null || typeof env.success !== 'boolean') {
    throw new CloudflareError('malformed', `${label}: HTTP ${status} with a body that is not a Cloudflare API envelope.`, path, status);
  }
  const errors = Array.isArray(env.errors) ? env.errors.filter(isMessage) : [];
  if (!env.success || status >= 400) {
    const detail = errors.length ? errors.map((e) => `${e.code} ${e.message}`).join('; ') : `HTTP ${status}`;
    throw new CloudflareError('api', `${label} failed: ${detail}`, path, status, errors);
  }
  return env as Envelope<T>;
}

function httpFailure(label: string, path: string, status: number, body: string): CloudflareError {
  try {
    parseEnvelope(label, path, status, body);
  } catch (error) {
    if (error instanceof CloudflareError && error.kind === 'api') return error;
  }
  return new CloudflareError('http', `${label} failed: HTTP ${status}.`, path, status);
}

function networkFailure(label: string, path: string, error: unknown, timeoutMs: number): CloudflareError {
  const e = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError') return new CloudflareError('timeout', `${label}: no answer within ${timeoutMs} ms.`, path);
  // Only an error code: an error's text may quote what was sent (a header value, the token).
  const reason = e?.cause?.code ?? (typeof e?.name === 'string' ? e.name : 'request failed');
  return new CloudflareError('network', `${label}: ${reason}`, path);
}

function isMessage(m: unknown): m is ApiMessage {
  return typeof m === 'object' && m !== null && typeof (m as ApiMessage).code === 'number' && typeof (m as ApiMessage).message === 'string';
}
