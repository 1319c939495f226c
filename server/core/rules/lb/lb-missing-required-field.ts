import { requiredFieldCheck } from '../../schema/templates/required-field';

/** Pool `name` and `origins`, and each origin's `address`: one diagnostic per object, naming every missing field. */
export const rule = requiredFieldCheck({
  name: 'lb-missing-required-field',
  id: 'lb-missing-required-field',
  kinds: ['monitor', 'pool'],
  noun: { monitor: 'The monitor', pool: 'The pool' },
});
