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

export type FailureKind = 'api' | 'http' | 'network' | 'timeout' | 'malformed';

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
  /** Per request, in milliseconds. */
  timeoutMs?: number;
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

/**
 * A minimal read-only Cloudflare API client: GET with the token in the Authorization header only,
 * a timeout per request, and retries with exponential back-off on 429 (honouring Retry-After), 5xx,
 * timeouts and network errors.
 */
export class CloudflareClient {
  private readonly base: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxDelayMs: number;
  private readonly doFetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: ClientOptions) {
    if (!options.token) throw new Error('An API token is needed.');
    this.base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    const problem = baseUrlProblem(this.base);
    if (problem) throw new Error(problem);
    this.timeoutMs = options.timeoutMs ?? 15000;
    this.retries = options.retries ?? 3;
    this.backoffMs = options.backoffMs ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 60000;
    this.doFetch = options.fetch ?? fetch;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** GET one page; resolves with the envelope when `success` is true. */
  async get<T>(path: string, query: Record<string, string | number | boolean | undefined> = {}): Promise<Envelope<T>> {
    const url = new URL(this.base + path);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
    const label = `GET ${path}`;
    for (let attempt = 0; ; attempt++) {
      let retryReason: string | undefined;
      let retryAfterMs: number | undefined;
      try {
        const response = await this.fetchWithTimeout(url);
        const body = await response.text();
        if (response.status === 429 || response.status >= 500) {
          retryReason = `HTTP ${response.status}`;
          retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
          if (attempt >= this.retries) throw httpFailure(label, path, response.status, body);
        } else {
          return parseEnvelope<T>(label, path, response.status, body);
        }
      } catch (error) {
        if (error instanceof CloudflareError && error.kind !== 'timeout' && error.kind !== 'network') throw error;
        const failure = error instanceof CloudflareError ? error : networkFailure(label, path, error, this.timeoutMs);
        if (attempt >= this.retries) throw failure;
        retryReason = failure.kind === 'timeout' ? `no answer within ${this.timeoutMs} ms` : failure.message;
      }
      const delay = Math.min(this.maxDelayMs, retryAfterMs ?? this.backoffMs * 2 ** attempt);
      this.options.onRetry?.({ path, attempt: attempt + 1, delayMs: delay, reason: retryReason ?? 'error' });
      await this.sleep(delay);
    }
  }

  /**
   * Every item of a paginated list: follows `result_info` (total_pages, or total_count / per_page),
   * and stops on a short page when the API gives neither.
   */
  async list<T>(path: string, query: Record<string, string | number | boolean | undefined> = {}, perPage = 100): Promise<T[]> {
    const out: T[] = [];
    for (let page = 1; page <= 1000; page++) {
      const env = await this.get<T[]>(path, { ...query, page, per_page: perPage });
      if (!Array.isArray(env.result)) throw new CloudflareError('malformed', `GET ${path}: the response has no result list.`, path);
      out.push(...env.result);
      const info = env.result_info;
      const size = info?.per_page ?? perPage;
      const pages = info?.total_pages ?? (info?.total_count !== undefined ? Math.ceil(info.total_count / Math.max(1, size)) : undefined);
      if (pages !== undefined ? page >= pages : env.result.length < size) break;
      if (env.result.length === 0) break;
    }
    return out;
  }

  private async fetchWithTimeout(url: URL): Promise<Response> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const response = await this.doFetch(url, {
        method: 'GET',
        headers: { Authorization: `Bearer ${this.options.token}`, Accept: 'application/json' },
        signal: controller.signal,
        redirect: 'error',
      });
      // Reading the body is part of the request's time budget.
      const text = await response.text();
      return new Response(text, { status: response.status, headers: response.headers });
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * Why a base URL must not receive the token: not http(s), or plain HTTP to anything but this machine
 * (a loopback test server or local proxy is fine; the token must not cross a network in clear text).
 */
export function baseUrlProblem(base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return `The API base URL "${base}" is not a URL.`;
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol !== 'http:') return `The API base URL must be https://, not ${url.protocol}//.`;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host === '::1' || /^127\./.test(host)) return undefined;
  return `The API base URL ${url.origin} is plain HTTP: the API token would cross the network unencrypted. Use https://.`;
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
  const reason = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
  return new CloudflareError('network', `${label}: ${reason}`, path);
}

function isMessage(m: unknown): m is ApiMessage {
  return typeof m === 'object' && m !== null && typeof (m as ApiMessage).code === 'number' && typeof (m as ApiMessage).message === 'string';
}
