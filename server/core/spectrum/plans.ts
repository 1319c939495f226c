import type { Plan } from '../context/types';
import type { NamedProtocol } from './values';

/** Protocols a plan includes (reference §2.6; the plans page names protocols, these are their standard ports). */
export interface PlanProtocol {
  name: string;
  protocol: string;
  /** The same protocol as the API names it (`"protocol": "ssh"`). */
  named: NamedProtocol;
}

const SSH: PlanProtocol = { name: 'SSH', protocol: 'tcp/22', named: 'ssh' };
const MINECRAFT: PlanProtocol = { name: 'Minecraft', protocol: 'tcp/25565', named: 'minecraft' };
const RDP: PlanProtocol = { name: 'RDP', protocol: 'tcp/3389', named: 'rdp' };

/** The protocols of a non-Enterprise plan; Enterprise allows every TCP/UDP port and is not listed. */
export function allowedProtocols(plan: Exclude<Plan, 'enterprise'>): PlanProtocol[] {
  switch (plan) {
    case 'free':
      return [];
    case 'pro':
      return [SSH, MINECRAFT];
    case 'business':
      return [SSH, MINECRAFT, RDP];
  }
}

export const planName = (plan: Plan) => plan[0].toUpperCase() + plan.slice(1);

/** Spectrum fields available on the Enterprise plan only (settings-by-plan page). */
export const ENTERPRISE_FIELDS = ['origin_dns', 'origin_port', 'proxy_protocol', 'ip_firewall', 'tls', 'argo_smart_routing'] as const;
