import { wrongTypeCheck } from '../../schema/templates/wrong-type';
import { isLegacyValue } from '../../spectrum/fields';

/** Every field and array item of the application must have the JSON type the schema documents. */
export const rule = wrongTypeCheck({
  name: 'wrong-type',
  id: 'wrong-type',
  kinds: ['spectrum-app'],
  // 11001 reports a fraction in these, with the value rules of the DNS origin.
  valueChecked: ['origin_dns.ttl', 'origin_port'],
  skip: (spec, value, path) => path.every((s) => typeof s === 'string') && isLegacyValue(spec, value, path as string[]),
});
