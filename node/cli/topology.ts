// A local topology (deploy/local/*.yaml): sites and their nodes, turned into one node config each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { FedmqError } from '../errors.ts';
import { validateNodeConfig, type NodeConfig } from '../server/config.ts';

const hostPort = z.string().regex(/^[A-Za-z0-9.\-]+:\d{1,5}$/, 'must be host:port');
const name = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'must be lowercase letters, digits, - or _');

export const topologySchema = z
  .object({
    cluster: name,
    sites: z
      .array(
        z
          .object({
            name,
            nodes: z.array(z.object({ id: z.number().int().positive(), grpc: hostPort, admin: hostPort, stomp: hostPort.optional() }).strict()).min(1),
          })
          .strict(),
      )
      .min(1),
    raft: z
      .object({
        tickMs: z.number().int().positive().optional(),
        electionTimeoutMs: z.number().int().positive().optional(),
        heartbeatMs: z.number().int().positive().optional(),
        compactEveryEntries: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    log: z.object({ level: z.string() }).strict().optional(),
    // Bridges between the sites: each becomes part of its origin site's nodes' federation config.
    bridges: z
      .array(
        z
          .object({
            from: name,
            to: name,
            queues: z.array(z.string()).optional(),
            topics: z.array(z.string()).optional(),
            topicBacklogMax: z.number().optional(),
            topicOverflow: z.string().optional(),
            mode: z.string().optional(),
            batchSize: z.number().optional(),
            lingerMs: z.number().optional(),
            window: z.number().optional(),
            hopLimit: z.number().optional(),
            static: z.boolean().optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .superRefine((t, ctx) => {
    const siteNames = new Set<string>();
    const addrs = new Set<string>();
    t.sites.forEach((s, si) => {
      if (siteNames.has(s.name)) ctx.addIssue({ code: 'custom', path: ['sites', si, 'name'], message: `site ${s.name} appears twice` });
      siteNames.add(s.name);
      s.nodes.forEach((n, ni) => {
        for (const field of ['grpc', 'admin', 'stomp'] as const) {
          const a = n[field];
          if (a === undefined) continue;
          if (addrs.has(a)) ctx.addIssue({ code: 'custom', path: ['sites', si, 'nodes', ni, field], message: `address ${a} is used twice` });
          addrs.add(a);
        }
      });
    });
    t.bridges.forEach((b, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!siteNames.has(b[end])) ctx.addIssue({ code: 'custom', path: ['bridges', i, end], message: `unknown site ${b[end]}` });
      }
      if (b.from === b.to) ctx.addIssue({ code: 'custom', path: ['bridges', i, 'to'], message: `a bridge from ${b.from} to itself` });
    });
  });

export type Topology = z.infer<typeof topologySchema>;

export function loadTopology(path: string): Topology {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new FedmqError('CONFIG_INVALID', `cannot read topology ${path}: ${(err as Error).message}`);
  }
  const r = topologySchema.safeParse(raw);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new FedmqError('CONFIG_INVALID', `topology ${path} is invalid:\n${lines.join('\n')}`);
  }
  return r.data;
}

/** The federation section of a site's nodes: the other sites, and the bridges from this one. */
function federationFor(t: Topology, site: string): Record<string, unknown> {
  const bridges = t.bridges.filter((b) => b.from === site).map(({ from, ...rest }) => (void from, rest));
  if (t.sites.length < 2 && bridges.length === 0) return {};
  return {
    federation: {
      sites: t.sites.filter((s) => s.name !== site).map((s) => ({ name: s.name, nodes: s.nodes.map((n) => n.grpc) })),
      bridges,
    },
  };
}

/** One validated node config per node of the topology, data under dataRoot/<site>-<id>. */
export function nodeConfigs(t: Topology, dataRoot: string): NodeConfig[] {
  const out: NodeConfig[] = [];
  for (const site of t.sites) {
    for (const n of site.nodes) {
      out.push(
        validateNodeConfig(
          {
            cluster: t.cluster,
            site: site.name,
            node: n.id,
            dataDir: join(dataRoot, `${site.name}-${n.id}`),
            listen: { grpc: n.grpc, admin: n.admin, ...(n.stomp ? { stomp: n.stomp } : {}) },
            members: site.nodes.map((m) => ({ id: m.id, grpc: m.grpc })),
            ...(t.raft ? { raft: t.raft } : {}),
            ...federationFor(t, site.name),
            ...(t.log ? { log: t.log } : {}),
          },
          `topology node ${site.name}/${n.id}`,
        ),
      );
    }
  }
  return out;
}
