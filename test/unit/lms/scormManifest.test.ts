import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scormManifest, type ScormManifestInput } from '../../../src/records/lms/scormManifest';
import { manifestProblems } from './xsd';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const input = (edition: ScormManifestInput['edition']): ScormManifestInput => ({
  edition,
  identifier: 'threshold',
  version: '0.1.0',
  title: 'Threshold <training> & "practice"',
  items: [
    { scenarioId: 'sample_bus_shelter', title: 'The bus shelter', passMark: 70 },
    { scenarioId: 'scn_04_site_wage_dispute', title: 'Wages & a site', passMark: 80 },
  ],
  files: ['index.html', 'assets/index-abc.js', 'assets/index-abc.css'],
  schemaFiles: [],
});

describe('imsmanifest.xml', () => {
  for (const edition of ['scorm12', 'scorm2004'] as const) {
    it(`is valid against the ${edition} schemas, one SCO per scenario, every file listed`, () => {
      const manifest = scormManifest(input(edition));
      expect(manifestProblems(manifest, edition, join(repoRoot, 'assets', 'scorm', edition))).toEqual([]);
      expect(manifest.match(/<item /g)).toHaveLength(2);
      expect(manifest).toContain('parameters="?scenario=scn_04_site_wage_dispute&amp;lms=' + edition + '"');
      for (const file of input(edition).files) expect(manifest).toContain(`<file href="${file}"/>`);
    });
  }

  it('the validator does catch an invalid manifest', () => {
    const broken = scormManifest(input('scorm2004')).replace('<organizations default="threshold_course">', '<organizations default="threshold_course"><bogus/>');
    expect(manifestProblems(broken, 'scorm2004', join(repoRoot, 'assets', 'scorm', 'scorm2004')).length).toBeGreaterThan(0);
  });

  it('records the mastery score (1.2) and the minimum normalised measure (2004)', () => {
    expect(scormManifest(input('scorm12'))).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(scormManifest(input('scorm2004'))).toContain('<imsss:minNormalizedMeasure>0.80</imsss:minNormalizedMeasure>');
  });
});
