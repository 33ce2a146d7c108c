// CONNECT / STOMP: version negotiation (1.0-1.2), heart-beats both ways, the broker session.
// login/passcode are accepted and not checked (authentication is a later issue); ActiveMQ's
// client-id names the session's durable subscriptions.
import { FedmqError } from '../../../errors.ts';
import type { StompConnection } from '../connection.ts';
import { header, type StompFrame, type StompVersion } from '../frame.ts';
import { deliver } from './message.ts';

const SUPPORTED: StompVersion[] = ['1.2', '1.1', '1.0'];

export async function handleConnect(c: StompConnection, f: StompFrame): Promise<void> {
  if (c.connected) throw new FedmqError('BAD_FRAME', 'CONNECT on a connection that is already connected');
  const accept = (header(f, 'accept-version') ?? '1.0').split(',').map((v) => v.trim());
  const version = SUPPORTED.find((v) => accept.includes(v));
  if (!version) {
    c.version = '1.2';
    c.send({ command: 'ERROR', headers: [['version', SUPPORTED.join(',')], ['message', `supported protocol versions are ${SUPPORTED.join(', ')}`]], body: Buffer.from(`this server speaks STOMP ${SUPPORTED.join(', ')}; the client offered ${accept.join(', ')}`) });
    c.close(null);
    return;
  }
  c.version = version;
  if (!c.ctx.core.serving) {
    // A leader that has just been elected finishes recovering first (bounded); a follower refuses.
    try {
      await c.ctx.core.ready(c.ctx.readyWaitMs);
    } catch (err) {
      throw new FedmqError('NOT_LEADER', `this node is not serving clients (${(err as Error).message}); connect to ${c.ctx.leaderHint()}`);
    }
    // The client may have gone while the leader recovered: open no session for nobody.
    if (c.isClosed) return;
  }
  // heart-beat: cx,cy from the client; ours is sx,sy. We send every max(sx, cy), expect every max(cx, sy).
  const [cx, cy] = (header(f, 'heart-beat') ?? '0,0').split(',').map((x) => Number(x));
  if (!Number.isInteger(cx) || !Number.isInteger(cy) || cx! < 0 || cy! < 0) throw new FedmqError('BAD_FRAME', `heart-beat must be two non-negative integers "cx,cy", got ${JSON.stringify(header(f, 'heart-beat'))}`);
  const { send: sx, receive: sy } = c.ctx.heartbeat;
  const sendEvery = version === '1.0' || cy === 0 || sx === 0 ? 0 : Math.max(sx, cy!);
  const expectEvery = version === '1.0' || cx === 0 || sy === 0 ? 0 : Math.max(cx!, sy);
  const clientId = header(f, 'client-id') ?? '';
  c.session = c.ctx.core.openSession(clientId, {
    deliver: (d) => deliver(c, d),
    close: (err) => {
      c.fail(`${err.code}: ${err.message}`, null);
    },
  });
  c.connected = true;
  c.send({
    command: 'CONNECTED',
    headers: [
      ['version', version],
      ['heart-beat', `${sx},${sy}`],
      ['server', 'fedmq/0.1'],
      ['session', c.session.id],
    ],
    body: Buffer.alloc(0),
  });
  c.startHeartbeats(sendEvery, expectEvery);
}

