import { enumCheck } from '../../schema/templates/enum';

/** Every enum field of the application: the value must be one of the allowed strings, exactly. */
export const rule = enumCheck({ name: 'invalid-enum-value', id: 'invalid-enum-value', kinds: ['spectrum-app'] });
