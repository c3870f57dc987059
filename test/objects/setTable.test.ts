// SetTable's layout after removals, pops, clears, merges and rebuilds, against python3
// (PYTHONHASHSEED=0): random scripts of set operations run on both, comparing the
// iteration order after every step. Members are ints and strs, whose hashes need no
// Python code, so the table alone decides the order.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { hashConstant } from '../../src/objects/hash';
import { setHashSeed } from '../../src/objects/hashSecret';
import { SetTable } from '../../src/objects/setOrder';
import { pythonJson } from '../support/python';
import { SeededRandom } from '../support/seededRandom';

const SEED = 0;

type Member = number | string;

/** One step: [operation, ...members]. `merge` adds a second set's members as set.update(other_set) does. */
type Step = ['add', Member] | ['discard', Member] | ['pop'] | ['clear'] | ['merge', Member[]] | ['differenceUpdate', Member[]] | ['copy'];

const ORACLE = `
import json, sys
scripts = json.load(sys.stdin)
for script in scripts:
    s = set()
    orders = []
    for step in script:
        op, args = step[0], step[1:]
        if op == 'add': s.add(args[0])
        elif op == 'discard': s.discard(args[0])
        elif op == 'pop': orders.append(['popped', s.pop()]) if s else None
        elif op == 'clear': s.clear()
        elif op == 'merge': s.update(set(args[0]))
        elif op == 'differenceUpdate': s.difference_update(args[0])
        elif op == 'copy': s = s.copy()
        orders.append(list(s))
    print(json.dumps(orders))
`;

const hashOf = (member: Member) => hashConstant(member);

/** The same script on a SetTable, the way set.ts drives one. */
function run(script: Step[]): unknown[] {
  let table = new SetTable<Member>((a, b) => a === b);
  const orders: unknown[] = [];
  for (const step of script) {
    switch (step[0]) {
      case 'add':
        table.add(step[1], hashOf(step[1]));
        break;
      case 'discard':
        table.discard(step[1], hashOf(step[1]));
        break;
      case 'pop':
        if (table.used > 0) orders.push(['popped', table.pop()]);
        break;
      case 'clear':
        table.clear();
        break;
      case 'merge': {
        const other = new SetTable<Member>((a, b) => a === b);
        for (const member of step[1]) other.add(member, hashOf(member));
        table.merge(other);
        break;
      }
      case 'differenceUpdate':
        for (const member of step[1]) table.discard(member, hashOf(member));
        table.dropDummies();
        break;
      case 'copy': {
        const copy = new SetTable<Member>((a, b) => a === b);
        copy.merge(table);
        table = copy;
        break;
      }
    }
    orders.push(table.members());
  }
  return orders;
}

function randomScript(random: SeededRandom): Step[] {
  const strs = random.chance(0.4);
  const spread = random.pick([16, 64, 1000, 100000]);
  const member = (): Member => (strs ? `s${random.int(0, spread)}` : random.int(-spread, spread) * random.pick([1, 8, 32]));
  const members = (): Member[] => Array.from({ length: random.int(0, 40) }, member);
  return Array.from({ length: random.int(10, 150) }, (): Step => {
    const roll = random.next();
    if (roll < 0.45) return ['add', member()];
    if (roll < 0.65) return ['discard', member()];
    if (roll < 0.8) return ['pop'];
    if (roll < 0.82) return ['clear'];
    if (roll < 0.9) return ['merge', members()];
    if (roll < 0.96) return ['differenceUpdate', members()];
    return ['copy'];
  });
}

const random = new SeededRandom(1337);
const scripts = Array.from({ length: 300 }, () => randomScript(random));

describe('set table', async () => {
  vi.stubEnv('PYTHONHASHSEED', String(SEED));
  let expected: unknown[];
  try {
    expected = await pythonJson(['-c', ORACLE], scripts);
  } finally {
    vi.unstubAllEnvs();
  }

  beforeAll(() => {
    setHashSeed(SEED);
  });

  it('iterates, pops and rebuilds as python3 does after every step', () => {
    expect(expected).toHaveLength(scripts.length);
    const mismatches = scripts
      .map((script, i) => ({ script: i, expected: expected[i], actual: run(script) }))
      .filter(({ expected, actual }) => JSON.stringify(expected) !== JSON.stringify(actual));
    expect(mismatches.slice(0, 2)).toEqual([]);
  });
});
