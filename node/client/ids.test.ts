import test from 'ava';
import { newMessageId } from './ids.ts';

test('message ids are UUIDv7 strings, unique, and sort in the order they were made', (t) => {
  const ids = Array.from({ length: 20_000 }, () => newMessageId());
  t.is(new Set(ids).size, ids.length);
  t.deepEqual([...ids].sort(), ids);
  for (const id of ids.slice(0, 50)) t.regex(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  const ms = parseInt(ids[0]!.replace(/-/g, '').slice(0, 12), 16);
  t.true(Math.abs(ms - Date.now()) < 5_000, 'the first 48 bits are the time in milliseconds');
});
