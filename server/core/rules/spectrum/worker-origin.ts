import { propertyNode, stringValue, valueNode } from '../../json';
import { appProtocol } from '../../spectrum/app';
import type { Rule } from '../types';

const SCRIPT_TAG = /^[0-9a-f]{32}$/i;
/** Fields a Worker origin replaces; `argo_smart_routing` is argo-traffic-type's (it needs `"direct"`). */
const REPLACED = ['origin_direct', 'origin_dns', 'origin_port'];

/**
 * `traffic_type` `"worker"` with `origin_worker_id`: new in Cloudflare's API specification (2026) and
 * in nothing else yet, so an information note that it is new, and its constraints as warnings.
 */
export const rule: Rule = {
  name: 'worker-origin',
  reports: ['worker-origin'],
  kinds: ['spectrum-app'],
  check({ target, report }) {
    const app = target.node;
    const traffic = valueNode(app, 'traffic_type');
    const worker = stringValue(traffic) === 'worker';
    const idNode = valueNode(app, 'origin_worker_id');
    if (!worker && !idNode) return;
    if (!worker) {
      if (idNode?.type !== 'string') return; // other types are the wrong-type rule's
      report({ id: 'worker-origin', node: propertyNode(app, 'origin_worker_id')!, message: '`origin_worker_id` is used only with `traffic_type` `"worker"`: set it, or remove `origin_worker_id`.' });
      return;
    }
    report({
      id: 'worker-origin',
      node: traffic!,
      severity: 'information',
      message: '`"worker"` is new: Cloudflare\'s API specification lists it (2026), the Terraform provider, SDKs and docs do not yet, so its constraints are checked as warnings.',
    });
    const id = stringValue(idNode);
    if (!idNode) report({ id: 'worker-origin', node: propertyNode(app, 'traffic_type')!, message: 'A `"worker"` application names its Worker in `origin_worker_id` (its script tag, 32 hexadecimal characters).' });
    else if (id !== undefined && !SCRIPT_TAG.test(id)) report({ id: 'worker-origin', node: idNode, message: '`origin_worker_id` is a Worker script tag: 32 hexadecimal characters.' });
    if (appProtocol(app)?.transport === 'udp') report({ id: 'worker-origin', node: valueNode(app, 'protocol')!, message: 'Worker origins take TCP applications only: use a `tcp/...` protocol.' });
    for (const name of REPLACED) {
      const prop = propertyNode(app, name);
      if (prop) report({ id: 'worker-origin', node: prop.children![0], message: `\`${name}\` is replaced by \`origin_worker_id\` in a \`"worker"\` application: remove it.` });
    }
    const pp = stringValue(valueNode(app, 'proxy_protocol'));
    if (pp !== undefined && pp !== 'off') report({ id: 'worker-origin', node: valueNode(app, 'proxy_protocol')!, message: 'A `"worker"` application sends no Proxy Protocol header: set `proxy_protocol` to `"off"` or remove it.' });
    const tls = stringValue(valueNode(app, 'tls'));
    if (tls === 'full' || tls === 'strict') report({ id: 'worker-origin', node: valueNode(app, 'tls')!, message: `A \`"worker"\` application takes \`tls\` \`"off"\` or \`"flexible"\`, not \`"${tls}"\`: there is no origin connection to encrypt.` });
  },
};
