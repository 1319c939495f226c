/** What one catalog entry says about a Cloudflare code, a health-check failure reason, or one of our own checks. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/**
 * static: a rule predicts it from the document alone;
 * context: a rule predicts it when the account context is known;
 * explain: no rule can predict it; hovers, `explain` and the reference explain it.
 */
export type Detection = 'static' | 'context' | 'explain';

/**
 * Which objects a finding of the entry is true of: a request body the user is about to send, a saved
 * API response (a fact about what exists: advice to set, rename or remove cannot apply), or both.
 * The engine drops a finding whose entry does not apply to its target's role.
 */
export type AppliesTo = 'request' | 'response' | 'both';

/** Whether an entry applies to a target of this role. */
export function appliesToRole(e: Pick<CatalogEntry, 'appliesTo'>, role: 'request' | 'response'): boolean {
  return e.appliesTo === 'both' || e.appliesTo === role;
}

/**
 * The default: what the account context predicts is about sending (the API accepted every saved
 * response already), so context checks apply to requests; document checks to both.
 */
export const defaultAppliesTo = (detection: Detection): AppliesTo => (detection === 'context' ? 'request' : 'both');

export type CatalogGroup =
  | 'spectrum-api' // Spectrum API error codes
  | 'spectrum-check' // checks on Spectrum apps without a Cloudflare code
  | 'lb-api' // Load Balancing API error codes and documented API errors
  | 'lb-check' // checks on monitors, pools and load balancers without a Cloudflare code
  | 'terraform-check' // Terraform provider forms and traps
  | 'health-check' // health-check failure reasons
  | 'spectrum-event' // Spectrum event-log status codes
  | 'tool'; // about spectrum-lint itself: suppressions, configuration, skipped documents

export interface CatalogEntry {
  /** Stable id: the code as a string ("11002", "1002"), or a kebab-case name. Used in settings and suppressions. */
  id: string;
  /** The LSP diagnostic code: the number for Cloudflare codes, the id otherwise. */
  code: number | string;
  group: CatalogGroup;
  title: string;
  /** HTTP status the API answers with, when documented. */
  http?: string;
  cause: string;
  resolution: string;
  /** Documentation URL, with the anchor of this entry where one exists. */
  docs: string;
  severity: Severity;
  detection: Detection;
  appliesTo: AppliesTo;
  /** Fields a user should look at (failure reasons, API codes). */
  fields?: string[];
  /** Literal messages the API has been seen to return, for matching and explaining. */
  messages?: string[];
  /** Alternative spellings to accept when looking an entry up (failure reasons). */
  aliases?: string[];
}

/** An entry's fields with `appliesTo` left to the builder's default. */
export type WithDefaultRole<T extends { appliesTo: AppliesTo }> = Omit<T, 'appliesTo'> & Partial<Pick<T, 'appliesTo'>>;

/** What a check entry spells out; its code is its id. */
export type CheckFields = WithDefaultRole<Omit<CatalogEntry, 'code' | 'group' | 'detection'>>;

/** A builder of our own checks (no Cloudflare code) for one catalog group. */
export function checksOf(group: CatalogGroup, detection: Detection = 'static'): (e: CheckFields) => CatalogEntry {
  return (e) => ({ code: e.id, group, detection, appliesTo: defaultAppliesTo(detection), ...e });
}
