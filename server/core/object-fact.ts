import type { Node } from 'jsonc-parser';

/**
 * A fact about one object (an app's parsed `protocol`, its parsed origins, ...), derived the first time
 * a rule asks and shared by the rules after it: the rules of an object run one after another, so one
 * entry is enough, and keeping every object's facts would cost memory in a dump of thousands. Nodes
 * never change value (an edit builds new nodes for what it touched), so a node identifies its facts.
 * Callers share the result: they never change it.
 */
export function objectFact<T>(derive: (obj: Node) => T): (obj: Node) => T {
  let last: Node | undefined;
  let value: T;
  return (obj) => {
    if (obj !== last) {
      value = derive(obj);
      last = obj;
    }
    return value;
  };
}
