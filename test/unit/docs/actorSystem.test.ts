import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorSystemSection, DOC_PATH, documentedSection } from '../../docs/actorSystem';

describe('docs/developer.md', () => {
  it('describes the actor system as the machines define it (npx tsx test/docs/actorSystem.ts --write)', () => {
    const documented = documentedSection(readFileSync(DOC_PATH, 'utf8'));
    expect(documented, 'docs/developer.md has no actor-system section').not.toBeNull();
    expect(documented).toBe(actorSystemSection());
  });
});
