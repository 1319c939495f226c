import { wrongTypeCheck } from '../../schema/templates/wrong-type';

/** Every field and array item of a monitor, pool or load balancer must have the JSON type the schema documents. */
export const rule = wrongTypeCheck({
  name: 'lb-wrong-type',
  id: 'lb-wrong-type',
  kinds: ['monitor', 'pool', 'load-balancer'],
  // Headers have their own rules, which know the Terraform block shape and the single `Host` value.
  ownedElsewhere: ['header', 'origins[].header'],
  // `"expected_codes": 200` is a number where the API wants the string "200".
  quoteNumbers: true,
  // A null `origins` is an empty origin list to the API: pool-origins-empty reports it with the API's answer.
  skip: (_spec, value, path) => value.type === 'null' && path.length === 1 && path[0] === 'origins',
});
