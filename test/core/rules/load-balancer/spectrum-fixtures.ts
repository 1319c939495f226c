import { buildWorkspaceIndex } from '../../../../server/core/workspace';

/** A load balancer body, a Spectrum application using `origin` as its origin, and a workspace of other files. */
const POOL = '17b5962d775c646f3f9725cbc7a53df4';
export const lb = (more: object = {}) => ({ name: 'lb.example.com', default_pools: [POOL], fallback_pool: POOL, proxied: true, ...more });
export const app = (origin: string, name = 'ssh.example.com') => ({ protocol: 'tcp/22', dns: { type: 'CNAME', name }, origin_dns: { name: origin }, origin_port: 22, traffic_type: 'direct' });
export const index = (files: Record<string, string>) => buildWorkspaceIndex(Object.entries(files).map(([path, text]) => ({ path, text })));
export const LB_PATH = { path: '/ws/lb/www.lb.json' };
