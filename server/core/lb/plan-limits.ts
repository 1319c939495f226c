import type { Plan } from '../context/types';

/**
 * Smallest monitor interval per plan, in seconds. The limits page says 15 without Enterprise and 10
 * with it; the dashboard help says 60 on Pro, 15 on Business, 10 on Enterprise, and the API has been
 * seen answering `interval is not in range [60, 3600]`. We follow the stricter dashboard figures and
 * use 60 for Free too (a self-service plan below Pro), so a warning is never missed on the cheaper plans.
 */
export function minimumInterval(plan: Plan): number {
  switch (plan) {
    case 'enterprise':
      return 10;
    case 'business':
      return 15;
    case 'pro':
    case 'free':
      return 60;
  }
}

/** Monitor types outside Enterprise: HTTP, HTTPS and TCP only. */
export const ENTERPRISE_MONITOR_TYPES = new Set(['udp_icmp', 'icmp_ping', 'smtp']);
