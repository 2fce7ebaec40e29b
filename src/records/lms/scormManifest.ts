// imsmanifest.xml for the two SCORM packages. One SCO per scenario: each appears in the LMS as its
// own item with its own status and score, which is how academies assign and report scenarios; all
// items launch the same page (`index.html`) with `?scenario=<id>` in the item's `parameters`, so
// the package holds one copy of the game. The schemas each edition requires travel beside the
// manifest (assets/scorm/, listed in assets/CREDITS.md).
import { xmlText } from '../xmlText';

export type ScormEdition = 'scorm12' | 'scorm2004';

export interface ScormItem {
  scenarioId: string;
  title: string;
  /** 0–100: the LMS's mastery score (1.2) / the minimum normalised measure (2004). */
  passMark: number;
}

export interface ScormManifestInput {
  edition: ScormEdition;
  /** Package identifier and version: which build of Threshold this is. */
  identifier: string;
  version: string;
  title: string;
  items: readonly ScormItem[];
  /** Every file of the site, relative to the package root (forward slashes), the launch page included. */
  files: readonly string[];
  /** The schema files that sit beside the manifest. */
  schemaFiles: readonly string[];
}

export const LAUNCH_PAGE = 'index.html';

export function scormManifest(input: ScormManifestInput): string {
  return input.edition === 'scorm12' ? manifest12(input) : manifest2004(input);
}

function manifest12(input: ScormManifestInput): string {
  const items = input.items
    .map(
      (item) => `      <item identifier="${itemId(item)}" identifierref="${resourceId(item)}" isvisible="true" parameters="${xmlText(launchParameters(item, 'scorm12'))}">
        <title>${xmlText(item.title)}</title>
        <adlcp:masteryscore>${Math.round(item.passMark)}</adlcp:masteryscore>
      </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlText(input.identifier)}" version="${xmlText(input.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
${manifestBody(input, '1.2', items, 'scormtype')}`;
}

function manifest2004(input: ScormManifestInput): string {
  const items = input.items
    .map(
      (item) => `      <item identifier="${itemId(item)}" identifierref="${resourceId(item)}" isvisible="true" parameters="${xmlText(launchParameters(item, 'scorm2004'))}">
        <title>${xmlText(item.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="overall" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${(item.passMark / 100).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
            <imsss:objective objectiveID="identification"/>
            <imsss:objective objectiveID="questioning"/>
            <imsss:objective objectiveID="referral"/>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlText(input.identifier)}" version="${xmlText(input.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
${manifestBody(input, '2004 4th Edition', items, 'scormType')}`;
}

/**
 * What both editions share below the manifest's root: metadata, the one organisation of items, one
 * SCO resource per scenario (all launching the one page) and the site's files as an asset. The
 * `adlcp` type attribute is spelled differently in each edition.
 */
function manifestBody(input: ScormManifestInput, schemaVersion: string, items: string, typeAttribute: 'scormtype' | 'scormType'): string {
  return `  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${schemaVersion}</schemaversion>
  </metadata>
  <organizations default="threshold_course">
    <organization identifier="threshold_course">
      <title>${xmlText(input.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${scoResources(input.items, typeAttribute)}
    <resource identifier="site" type="webcontent" adlcp:${typeAttribute}="asset">
${fileList(input.files)}
    </resource>
  </resources>
</manifest>
`;
}

function scoResources(items: readonly ScormItem[], typeAttribute: 'scormtype' | 'scormType'): string {
  return items
    .map(
      (item) => `    <resource identifier="${resourceId(item)}" type="webcontent" adlcp:${typeAttribute}="sco" href="${LAUNCH_PAGE}">
      <file href="${LAUNCH_PAGE}"/>
      <dependency identifierref="site"/>
    </resource>`,
    )
    .join('\n');
}

export function launchParameters(item: ScormItem, edition: ScormEdition): string {
  return `?scenario=${encodeURIComponent(item.scenarioId)}&lms=${edition}`;
}

/** A SCO's launch, read back from the page's query (launchParameters); null outside a SCORM package. */
export interface ScormLaunchParameters {
  edition: ScormEdition;
  scenarioId: string;
}

export function scormLaunchOf(search: string): ScormLaunchParameters | null {
  const params = new URLSearchParams(search);
  const edition = params.get('lms');
  const scenarioId = params.get('scenario');
  if ((edition !== 'scorm12' && edition !== 'scorm2004') || !scenarioId) return null;
  return { edition, scenarioId };
}

function fileList(files: readonly string[]): string {
  return [...files]
    .sort()
    .map((file) => `      <file href="${xmlText(file)}"/>`)
    .join('\n');
}

/** XML ids must start with a letter and hold no spaces; scenario ids are snake_case already. */
function itemId(item: ScormItem): string {
  return `item_${item.scenarioId.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

function resourceId(item: ScormItem): string {
  return `sco_${item.scenarioId.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}
