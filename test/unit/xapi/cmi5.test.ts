// A cmi5 launch end to end, against a stand-in LMS (the fetch URL and LMS.LaunchData, which the
// statement-only LRS does not serve) in front of the real LRS that stores the statements.
import { createServer, request as httpRequest, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmi5LaunchParameters, Cmi5LaunchError, startCmi5Session } from '../../../src/records/xapi/cmi5Launch';
import { cmi5CourseStructure, cmi5PublisherId } from '../../../src/records/xapi/cmi5CourseStructure';
import { fetchStatements, sendStatements } from '../../../src/records/xapi/lrsClient';
import { statementsForWholeAttempt } from '../../../src/records/xapi/statements';
import { CMI5_CATEGORY, VERBS } from '../../../src/records/xapi/vocabulary';
import { freePort, startLrs, type RunningLrs } from '../../lrs/lrs';
import { scenario, xapiAttempt } from './fixtures';

const SESSION_ID = '5d0f2c34-8b61-4c3e-9a7e-2f3b4c5d6e7f';
const REGISTRATION = '0a1b2c3d-1111-4222-8333-444455556666';
const ACTOR = { objectType: 'Agent', name: 'Trainee 9', account: { homePage: 'https://lms.example', name: 'trainee-9' } };
const AU = 'https://academy.example/threshold/scenarios/sample_bus_shelter';

let lrs: RunningLrs;
let lms: Server;
let lmsEndpoint: string;
const tokensIssued: string[] = [];
const authSeen: string[] = [];

beforeAll(async () => {
  lrs = await startLrs(await freePort());
  const target = new URL(lrs.endpoint);
  const port = await freePort();
  lms = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/fetch' && request.method === 'POST') {
      // The fetch URL works once (cmi5 §8.2.3).
      if (tokensIssued.length > 0) return void response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ 'error-code': '1', 'error-text': 'already used' }));
      const token = Buffer.from(`threshold:${Date.now()}`).toString('base64');
      tokensIssued.push(token);
      return void response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ 'auth-token': token }));
    }
    authSeen.push(request.headers.authorization ?? '');
    if (url.pathname === '/xAPI/activities/state' && url.searchParams.get('stateId') === 'LMS.LaunchData') {
      const ok = url.searchParams.get('activityId') === AU && url.searchParams.get('registration') === REGISTRATION;
      return void response.writeHead(ok ? 200 : 404, { 'Content-Type': 'application/json' }).end(
        JSON.stringify({
          contextTemplate: {
            contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example/courses/threshold' }] },
            extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': SESSION_ID },
          },
          launchMode: 'Normal',
          moveOn: 'CompletedAndPassed',
          masteryScore: 0.7,
          returnURL: 'https://lms.example/done',
        }),
      );
    }
    // Statements go on to the LRS, with the LRS's own credentials.
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: url.pathname + url.search, method: request.method, headers: { ...request.headers, authorization: lrs.auth } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => lms.listen(port, '127.0.0.1', resolve));
  lmsEndpoint = `http://127.0.0.1:${port}/xAPI/`;
}, 60_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (lms ? lms.close(() => resolve()) : resolve()));
  await lrs?.stop();
});

describe('a cmi5 launch', () => {
  it('is not assumed when the page opens without launch parameters, and names what is missing when half there', () => {
    expect(cmi5LaunchParameters('?scenario=x')).toBeNull();
    expect(() => cmi5LaunchParameters('?endpoint=http://x/&fetch=http://y')).toThrow(/missing actor, registration, activityId/);
  });

  it('trades the fetch URL for a token, reads LMS.LaunchData and sends cmi5 statements the LRS accepts', async () => {
    const query = new URLSearchParams({
      endpoint: lmsEndpoint,
      fetch: lmsEndpoint.replace('/xAPI/', '/fetch'),
      actor: JSON.stringify(ACTOR),
      registration: REGISTRATION,
      activityId: AU,
    });
    const parameters = cmi5LaunchParameters(`?${query}`)!;
    const session = await startCmi5Session(parameters);
    expect(session.lrs.auth).toBe(`Basic ${tokensIssued[0]}`);
    expect(session).toMatchObject({ sessionId: SESSION_ID, launchMode: 'Normal', returnUrl: 'https://lms.example/done', registration: REGISTRATION });

    const played = xapiAttempt(scenario('sample_bus_shelter'), 6, REGISTRATION);
    const statements = statementsForWholeAttempt({ ...played, actor: session.actor, cmi5: session.launch }, { id: session.sessionId });
    expect(await sendStatements(session.lrs, statements)).toEqual({ kind: 'sent' });
    expect(authSeen.every((auth) => auth === session.lrs.auth)).toBe(true);

    const stored = await fetchStatements(lrs, { registration: REGISTRATION });
    expect(stored).toHaveLength(statements.length);
    const initialized = stored.find((s) => s.verb.id === VERBS.initialized.id)!;
    expect(initialized.object.id).toBe(AU);
    expect(initialized.context?.contextActivities?.category?.map((c) => c.id)).toContain(CMI5_CATEGORY);

    // A second start with the same (used) fetch URL is refused with the LMS's reason.
    await expect(startCmi5Session(parameters)).rejects.toThrow(Cmi5LaunchError);
  });
});

describe('cmi5.xml', () => {
  it('lists one AU per scenario with its mastery score and launch URL', () => {
    const xml = cmi5CourseStructure({
      title: 'Threshold',
      description: 'Scenarios & practice',
      aus: [
        { scenarioId: 'sample_bus_shelter', title: 'The last bus', summary: 'A boy <alone>', passMark: 70 },
        { scenarioId: 'scn_04_site_wage_dispute', title: 'Two months unpaid', summary: 'A dispute', passMark: 80 },
      ],
    });
    expect(xml.match(/<au /g)).toHaveLength(2);
    expect(xml).toContain('masteryScore="0.80"');
    // The AU's id is the publisher id the results page finds its statements by (lrsCohort.ts).
    expect(xml).toContain(`<au id="${cmi5PublisherId('sample_bus_shelter')}"`);
    expect(xml).toContain('<url>index.html?scenario=sample_bus_shelter&amp;lms=cmi5</url>');
    expect(xml).toContain('A boy &lt;alone&gt;');
    expect(xml).toContain('xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"');
  });
});
