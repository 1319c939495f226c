import { unknownFieldCheck } from '../../schema/templates/unknown-field';

/** Fields people put on the wrong object, with where they belong. */
const MISPLACED = {
  monitor: {
    check_regions: 'belongs on the pool, not the monitor: set the health-check regions in the pool\'s `check_regions`.',
    name: 'is not a monitor field: monitors have no name; use `description`.',
  },
  pool: {
    interval: 'is a monitor setting: set it on the monitor the pool references in `monitor`.',
    expected_codes: 'is a monitor setting: set it on the monitor the pool references in `monitor`.',
    steering_policy: 'is a load balancer setting; a pool steers between its origins with `origin_steering.policy`.',
  },
};

/** Keys the monitor, pool or load balancer schema does not know, at every level it describes; API responses are left alone. */
export const rule = unknownFieldCheck({
  name: 'lb-unknown-field',
  id: 'lb-unknown-field',
  kinds: ['monitor', 'pool', 'load-balancer'],
  // The origin `header` object has its own rule (only `Host` is supported there).
  ownedElsewhere: ['origins[].header'],
  explained: MISPLACED,
});
