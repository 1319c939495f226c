import type { Fix, FixEnv, FixProvider } from './findings';

/**
 * A finding's fixes, or none when computing them fails: in a half-typed document a fix may meet a
 * tree its edit helpers cannot place an edit in (jsonc-parser's `modify` throws there). That finding
 * then offers no fix; the others, the code actions around it and fix-all still work.
 */
export function failsafe(provider: FixProvider): FixProvider {
  return (env: FixEnv) => {
    try {
      const r = provider(env);
      return r instanceof Promise ? r.catch((): Fix[] => []) : r;
    } catch {
      return [];
    }
  };
}
