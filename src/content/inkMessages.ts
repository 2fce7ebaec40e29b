// inkjs reports problems as strings: "ERROR: 'stories/common/t.ink' line 4: Unresolved variable: nope".
// This turns them into Diagnostics. Files are already repo-relative because includes.ts rewrote
// every INCLUDE to its repo-relative path before compiling.
import type { Diagnostic } from './types';

const inkMessagePattern = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?([\s\S]*)$/;

export function diagnosticFromInkMessage(message: string, rootPath: string, severity: Diagnostic['severity']): Diagnostic {
  const match = inkMessagePattern.exec(message.trim());
  if (!match) return { severity, file: rootPath, line: 0, message: message.trim() };
  const [, kind, file, line, text] = match;
  const body = text!.trim().replace(/\s*\n\s*/g, ' ');
  return {
    severity,
    file: file ?? rootPath,
    line: line ? Number.parseInt(line, 10) : 0,
    message: kind === 'TODO' ? `TODO: ${body}` : body,
  };
}
