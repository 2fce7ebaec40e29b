// Offers text as a file download, made in the page (a Blob URL): nothing is sent anywhere.
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by now; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * A UTF-8 byte order mark. Spreadsheets (Excel above all) read a CSV file without one in the
 * computer's legacy encoding, garbling any name outside ASCII (Zoë, Łukasz, Arabic script); with it
 * they read UTF-8. Programs that read CSV as UTF-8 skip it.
 */
const UTF8_BOM = '\uFEFF';

/** Offers CSV text as a file a spreadsheet opens with its names intact. */
export function downloadCsv(fileName: string, csv: string): void {
  downloadText(fileName, `${UTF8_BOM}${csv}`, 'text/csv;charset=utf-8');
}
