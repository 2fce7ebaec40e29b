import { describe, expect, it } from 'vitest';
import { diagnosticFromInkMessage } from '../../../src/content/inkMessages';

describe('diagnosticFromInkMessage', () => {
  it('reads the file and line inkjs names', () => {
    expect(diagnosticFromInkMessage("ERROR: 'stories/common/t.ink' line 4: Unresolved variable: nope", 'stories/x.ink', 'error')).toEqual({
      severity: 'error',
      file: 'stories/common/t.ink',
      line: 4,
      message: 'Unresolved variable: nope',
    });
  });

  it('falls back to the root file when inkjs names none, and joins multi-line messages', () => {
    expect(diagnosticFromInkMessage('WARNING: line 2: Apparent loose end\n  here', 'stories/x.ink', 'warning')).toEqual({
      severity: 'warning',
      file: 'stories/x.ink',
      line: 2,
      message: 'Apparent loose end here',
    });
  });

  it('keeps TODO notes recognisable', () => {
    expect(diagnosticFromInkMessage("TODO: 'a.ink' line 9: tidy", 'r.ink', 'warning').message).toBe('TODO: tidy');
  });

  it('keeps an unrecognised message whole, on the root file', () => {
    expect(diagnosticFromInkMessage('Something odd', 'stories/x.ink', 'error')).toEqual({
      severity: 'error',
      file: 'stories/x.ink',
      line: 0,
      message: 'Something odd',
    });
  });
});
