// Validates an imsmanifest.xml against its edition's schemas (the ones shipped in the package, from
// assets/scorm/) with libxml2 compiled to WebAssembly: the same validator LMS import tools use,
// without a native build.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XmlDocument, XsdValidator, XmlValidateError } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';
import type { ScormEdition } from '../../../src/records/lms/scormManifest';

xmlRegisterFsInputProviders();

const SCHEMAS: Record<ScormEdition, Array<[namespace: string, file: string]>> = {
  scorm12: [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
  ],
  scorm2004: [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
};

/** The validator's messages; empty when the manifest is valid. */
export function manifestProblems(manifest: string, edition: ScormEdition, schemaDir: string): string[] {
  const imports = SCHEMAS[edition]
    .map(([namespace, file]) => `<xs:import namespace="${namespace}" schemaLocation="${pathToFileURL(join(schemaDir, file)).href}"/>`)
    .join('');
  const driver = XmlDocument.fromString(
    `<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:threshold:schema-driver">${imports}</xs:schema>`,
    { url: pathToFileURL(join(schemaDir, 'driver.xsd')).href },
  );
  const validator = XsdValidator.fromDoc(driver);
  const doc = XmlDocument.fromString(manifest);
  try {
    validator.validate(doc);
    return [];
  } catch (error) {
    if (error instanceof XmlValidateError) return error.details.map((detail) => `line ${detail.line}: ${detail.message.trim()}`);
    throw error;
  } finally {
    doc.dispose();
    validator.dispose();
    driver.dispose();
  }
}
