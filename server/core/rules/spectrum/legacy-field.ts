import { compose, remove, setValue } from '../../edit';
import type { Fix } from '../../findings';
import { pathOf, propertyNode, valueNode } from '../../json';
import { appProtocol } from '../../spectrum/app';
import { boolField, stringField } from '../../spectrum/fields';
import type { Rule } from '../types';

/**
 * Old forms of settings: boolean `proxy_protocol`, `spp`, `ipv4`. Conversions follow the legacy Go
 * client (`true` -> `"v1"`, `spp: true` -> `"simple"`). With `virtual_network_id` a legacy form that
 * turns a header on is virtual-network-proxy-protocol's to report (one problem, one diagnostic).
 */
export const rule: Rule = {
  name: 'legacy-field',
  reports: ['legacy-field'],
  kinds: ['spectrum-app'],
  check({ doc, target, report }) {
    const app = target.node;
    const path = pathOf(app);
    const vnet = !!stringField(app, ['virtual_network_id']);
    const transport = appProtocol(app)?.transport;
    const ppNode = valueNode(app, 'proxy_protocol');
    const set = (title: string, kind: Fix['kind'], value: string): Fix => ({ title, kind, edits: compose(doc, [setValue(doc, pathOf(ppNode!), value)]) });

    if (ppNode?.type === 'boolean' && !(vnet && ppNode.value === true)) {
      const on = ppNode.value === true;
      let fixes: (() => Fix[]) | undefined;
      let advice: string;
      if (!on) {
        advice = 'write `"off"`';
        fixes = () => [set('Write "off"', 'safe', 'off')];
      } else if (transport === 'udp') {
        // `true` meant v1, which is TCP-only: the UDP equivalent is the user's choice.
        advice = 'old clients read `true` as `"v1"`, which is TCP-only; for this UDP application write `"v2"` or `"simple"`';
        fixes = () => [set('Write "v2"', 'choice', 'v2'), set('Write "simple"', 'choice', 'simple')];
      } else {
        advice = 'old clients read `true` as `"v1"`';
        fixes = () => [set('Write "v1"', 'safe', 'v1')];
      }
      report({
        id: 'legacy-field',
        node: ppNode,
        message: `Boolean \`proxy_protocol\` is a legacy form; the field takes \`"off"\`, \`"v1"\`, \`"v2"\` or \`"simple"\`: ${advice}.`,
        tags: ['deprecated'],
        fixes,
      });
    }

    const spp = boolField(app, ['spp']);
    if (spp !== undefined && !(vnet && spp)) {
      const sppNode = valueNode(app, 'spp')!;
      const removeSpp = remove(doc, [...path, 'spp']);
      const ppOff = !ppNode || (ppNode.type === 'boolean' && ppNode.value === false) || (ppNode.type === 'string' && ppNode.value === 'off');
      let fixes: (() => Fix[]) | undefined;
      let message: string;
      if (!spp) {
        message = '`spp` is a legacy switch and `false` is the default; remove it.';
        fixes = () => [{ title: 'Remove spp', kind: 'safe', edits: compose(doc, [removeSpp]) }];
      } else if (ppOff) {
        message = '`spp` is a legacy switch: write `"proxy_protocol": "simple"` instead.';
        const steps = ppNode ? [setValue(doc, [...path, 'proxy_protocol'], 'simple'), removeSpp] : [removeSpp, setValue(doc, [...path, 'proxy_protocol'], 'simple')];
        fixes = () => [{ title: 'Replace spp with "proxy_protocol": "simple"', kind: 'safe', edits: compose(doc, steps) }];
      } else {
        message = '`spp` is a legacy switch for Simple Proxy Protocol, and `proxy_protocol` already sets a header; keep one of them (`"proxy_protocol": "simple"`).';
      }
      report({ id: 'legacy-field', node: sppNode, message, tags: ['deprecated'], fixes });
    }

    const ipv4 = propertyNode(app, 'ipv4');
    if (ipv4 && boolField(app, ['ipv4']) !== undefined) {
      report({
        id: 'legacy-field',
        node: ipv4.children![1],
        message: '`ipv4` is a legacy switch of old clients with no documented meaning today; choose the IP versions with `edge_ips.connectivity` (`"all"`, `"ipv4"` or `"ipv6"`) and remove it.',
        tags: ['deprecated'],
        fixes: () => [{ title: 'Remove ipv4', kind: 'choice', edits: compose(doc, [remove(doc, [...path, 'ipv4'])]) }],
      });
    }
  },
};
