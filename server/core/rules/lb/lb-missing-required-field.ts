import { requiredFieldCheck } from '../../schema/templates/required-field';

/** Pool `name` and `origins`, and each origin's `address`: one diagnostic per object, naming every missing field. */
export const rule = requiredFieldCheck({
  name: 'lb-missing-required-field',
  id: 'lb-missing-required-field',
  kinds: ['monitor', 'pool', 'load-balancer'],
  noun: { monitor: 'The monitor', pool: 'The pool', 'load-balancer': 'The load balancer' },
  // A load balancer's pools have a rule of their own, which also reports an empty `default_pools`.
  ownedElsewhere: ['default_pools', 'fallback_pool'],
});
