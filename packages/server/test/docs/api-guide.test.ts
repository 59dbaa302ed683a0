/**
 * docs/api.md's examples run here, in order, against a test server: every fenced block marked
 * `sh example` (bash, with curl and jq) or `ts example` (imported as a module; its exports are
 * read). Between blocks the test plays the staff side (approve the binding, reply, resolve).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBuilding, buildHousehold, buildUser, FACTORY_PASSWORD } from '../factories/index.js';
import { deskOf } from '../factories/ticket.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const GUIDE = resolve(import.meta.dirname, '../../../../docs/api.md');
const WORK = resolve(import.meta.dirname, '../../.doc-examples');
const run = promisify(execFile);

interface Block {
  lang: 'sh' | 'ts';
  code: string;
  heading: string;
}

/** The runnable blocks of the guide, each with the heading it sits under. */
export function examplesOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  let heading = '';
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^#{2,3} /.test(line)) heading = line.replace(/^#+ /, '');
    const open = /^```(sh|ts) example\s*$/.exec(line);
    if (!open) continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i] as string);
    blocks.push({ lang: open[1] as 'sh' | 'ts', code: body.join('\n'), heading });
  }
  return blocks;
}

const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop() ?? 'null');

describe('docs/api.md examples', () => {
  let s: TestServer;
  const env: Record<string, string> = {};
  beforeAll(async () => {
    s = await startTestServer();
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
    await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c33' } })
      .png()
      .toFile(join(WORK, 'photo.png'));
  });
  afterAll(async () => {
    await s.close();
    rmSync(WORK, { recursive: true, force: true });
  });

  it('the guide has runnable examples of every resident flow', () => {
    const headings = new Set(examplesOf(readFileSync(GUIDE, 'utf8')).map((b) => b.heading));
    for (const h of [
      'Authentication',
      'Webhooks',
      'Bind a household',
      'Submit a ticket with a photo',
      'Follow the replies live',
      'Rate it',
    ])
      expect(headings).toContain(h);
  });

  it('every example runs against the server', async () => {
    const blocks = examplesOf(readFileSync(GUIDE, 'utf8'));
    const building = await buildBuilding(s);
    await buildHousehold(s, { building, room: '1201' });
    const community = { id: building.communityId, streetId: building.streetId } as Parameters<typeof deskOf>[1];
    const desk = await deskOf(s, community);
    const staffToken = await desk.staff.token();
    const resident = await buildUser(s, { displayName: '文档居民' });
    Object.assign(env, {
      API: s.url,
      PHONE: resident.user.phone,
      PASSWORD: FACTORY_PASSWORD,
      BUILDING_ID: building.id,
      CATEGORY_ID: desk.category.id,
      ESTATE_ID: building.estateId,
      PHOTO: join(WORK, 'photo.png'),
      NEW_PHONE: `139${String(Date.now() % 100_000_000).padStart(8, '0')}`,
    });
    const staff = async (query: string, i: Record<string, unknown>) => {
      const r = await s.gql(query, { i }, staffToken);
      expect(r.errors, query).toBeUndefined();
      return r.data as Record<string, never>;
    };
    const ran: string[] = [];
    for (const [n, b] of blocks.entries()) {
      const label = `${b.heading} #${n} (${b.lang})`;
      if (b.lang === 'sh') {
        const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', b.code], {
          cwd: WORK,
          env: { ...process.env, ...env },
        });
        const answer = lastJson(stdout);
        expect(answer.errors, `${label}: ${stdout}`).toBeUndefined();
        if (b.heading === 'Authentication') env.TOKEN = answer.data.login.accessToken;
        if (b.heading === 'Register with an SMS code') {
          if (answer.data.requestSmsCode) {
            expect(answer.data.requestSmsCode.sent).toBe(true);
            // The resident reads the SMS: here, the code the development transport recorded.
            env.SMS_CODE = s.sms.lastCode(env.NEW_PHONE as string, 'REGISTER' as never) as string;
          } else expect(answer.data.registerResident.user.displayName).toBe('王阿姨');
        }
        if (b.heading === 'Bind a household') {
          expect(answer.data.requestHouseholdBinding.binding.status).toBe('PENDING');
          await staff(
            'mutation($i: ApproveHouseholdBindingInput!) { approveHouseholdBinding(input: $i) { binding { id } } }',
            { bindingId: answer.data.requestHouseholdBinding.binding.id },
          );
        }
        if (b.heading === 'Submit a ticket with a photo') {
          expect(answer.data.submitTicket.ticket).toMatchObject({ state: 'SUBMITTED' });
          expect(answer.data.submitTicket.ticket.photos).toHaveLength(1);
        }
        if (b.heading === 'Rate it') expect(answer.data.rateTicket.ticket).toMatchObject({ rating: 5 });
      } else {
        const file = join(WORK, `example-${n}.ts`);
        writeFileSync(file, b.code);
        Object.assign(process.env, env);
        const loading = import(/* @vite-ignore */ file);
        if (b.heading === 'Follow the replies live') {
          // The staff side: accept the ticket, wait for the subscriber to connect, then reply.
          const ticketId = env.TICKET_ID as string;
          await staff('mutation($i: AcceptTicketInput!) { acceptTicket(input: $i) { ticket { id } } }', {
            ticketId,
            organisationIds: [desk.office.id],
          });
          await new Promise((r) => setTimeout(r, 1500));
          await staff('mutation($i: ReplyToTicketInput!) { replyToTicket(input: $i) { ticket { id } } }', {
            ticketId,
            body: '已安排电工今天下午更换。',
          });
        }
        const exports = await loading;
        if (b.heading === 'Webhooks') expect(exports.verified).toBe(true);
        if (b.heading === 'Submit a ticket with a photo') {
          expect(exports.ticket.state).toBe('SUBMITTED');
          env.TICKET_ID = exports.ticket.id;
        }
        if (b.heading === 'Follow the replies live') {
          expect(exports.firstReply).toMatchObject({ kind: 'TICKET_REPLIED', subject: { id: env.TICKET_ID } });
          await staff('mutation($i: ResolveTicketInput!) { resolveTicket(input: $i) { ticket { id } } }', {
            ticketId: env.TICKET_ID,
            resolution: '已更换灯泡。',
          });
        }
      }
      ran.push(label);
    }
    expect(ran.length).toBeGreaterThanOrEqual(7);
  }, 120_000);
});
