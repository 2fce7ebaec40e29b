// Statement ids are derived, not drawn: the same attempt always yields the same ids, so a statement
// that is sent twice (a retry after a lost response, a queue flushed from two tabs) is the same
// statement to the LRS, which keeps one copy (xAPI 1.0.3 §2.2: a repeated id with the same content
// is not a conflict). UUID v5 from the `uuid` package: a kept, tested implementation of RFC 9562.
import { v5 as uuidv5, validate as uuidValidate } from 'uuid';
import { STATEMENT_ID_NAMESPACE } from './vocabulary';

export function statementId(registration: string, key: string): string {
  return uuidv5(`${registration}/${key}`, STATEMENT_ID_NAMESPACE);
}

/** A UUID derived from `key`: ids that must be the same every time the same thing is made again. */
export function derivedId(key: string): string {
  return uuidv5(key, STATEMENT_ID_NAMESPACE);
}

/** A registration is a UUID (xAPI context.registration). One per attempt. */
export function isRegistration(value: string): boolean {
  return uuidValidate(value);
}
