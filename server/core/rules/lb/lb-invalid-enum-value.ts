import { enumCheck } from '../../schema/templates/enum';

/**
 * Every enum value of a monitor, pool or load balancer (monitor `type`, `check_regions`, steering and shedding
 * policies, `health_sources`) must be one of the allowed strings, exactly.
 */
export const rule = enumCheck({ name: 'lb-invalid-enum-value', id: 'lb-invalid-enum-value', kinds: ['monitor', 'pool', 'load-balancer'] });
