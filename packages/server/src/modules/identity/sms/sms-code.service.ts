import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { type DataSource, IsNull, LessThan } from 'typeorm';
import type { Actor } from '../../../common/actor.js';
import { DomainError, ErrorCode, fail } from '../../../common/errors.js';
import type { Config, SmsConfig } from '../../../config.js';
import { consumeAttempts } from '../login-throttle.js';
import type { SmsPurpose } from '../signin.enums.js';
import { SigninReasons as R } from '../signin.errors.js';
import { SmsCodeEntity } from '../sms-code.entity.js';
import { AliyunSmsTransport } from './aliyun-sms.js';
import { LogSmsTransport, type SmsTransport } from './sms-transport.js';

/** The transport the configuration names (null: SMS is off). */
export function transportFor(config: SmsConfig): SmsTransport | null {
  if (config.provider === 'log') return new LogSmsTransport();
  if (config.provider === 'aliyun') return new AliyunSmsTransport(config.aliyun);
  return null;
}

/** What `requestSmsCode` answers: the same whether or not the phone has an account. */
export interface SmsCodeSent {
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

const DAY_MS = 24 * 3600_000;

/**
 * SMS one-time codes: 6 digits, stored as keyed hashes, valid `codeTtlSeconds`, dead after
 * `maxTries` wrong entries; one request per phone per `resendSeconds` and daily caps per phone and
 * per address (row-locked counters in `login_throttle`). Each try is counted by a conditional
 * UPDATE and each use claimed by one, so parallel guesses cannot exceed the tries or use a code twice.
 */
export class SmsCodeService {
  private readonly key: Buffer;
  private readonly policy: SmsConfig;

  constructor(
    private readonly ds: DataSource,
    config: Config,
    private transport: SmsTransport | null = transportFor(config.sms),
  ) {
    this.policy = config.sms;
    this.key = createHmac('sha256', config.authSecret).update('roundtable/sms-code').digest();
  }

  /** The transport in use (the log transport needs the server's logger; tests inject their own). */
  get currentTransport(): SmsTransport | null {
    return this.transport;
  }

  /** Replaces the transport (the test server helper; never reachable through the API). */
  useTransport(transport: SmsTransport): void {
    this.transport = transport;
  }

  private phoneHash(phone: string): string {
    return createHmac('sha256', this.key).update(`phone:${phone}`).digest('hex');
  }

  private codeHash(phone: string, purpose: SmsPurpose, code: string): string {
    return createHmac('sha256', this.key).update(`code:${phone}:${purpose}:${code}`).digest('hex');
  }

  async request(actor: Actor, phone: string, purpose: SmsPurpose): Promise<SmsCodeSent> {
    const transport = this.transport;
    if (!transport) throw fail(R.IDENTITY_SMS_UNAVAILABLE, 'SMS codes are not available on this server');
    const p = this.policy;
    const ph = this.phoneHash(phone);
    // The counters hold hashes of the phone (login_throttle keys are at most 100 characters).
    await limited(R.IDENTITY_SMS_TOO_FREQUENT, 'A code was sent to this phone moments ago', () =>
      consumeAttempts(this.ds, [{ key: `sms-min:${ph.slice(0, 48)}`, max: 1 }], p.resendSeconds * 1000),
    );
    await limited(R.IDENTITY_SMS_DAILY_LIMIT, 'No more codes today for this phone or address', () =>
      consumeAttempts(
        this.ds,
        [
          { key: `sms-day:${ph.slice(0, 48)}`, max: p.phoneDailyMax },
          ...(actor.meta.ip ? [{ key: `sms-day-ip:${actor.meta.ip.slice(0, 60)}`, max: p.ipDailyMax }] : []),
        ],
        DAY_MS,
      ),
    );
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const now = new Date();
    const row = await this.ds.transaction(async (m) => {
      // A new code ends the older ones of the same phone and purpose.
      await m.update(SmsCodeEntity, { phoneHash: ph, purpose, usedAt: IsNull() }, { usedAt: now });
      return m.save(
        m.create(SmsCodeEntity, {
          phoneHash: ph,
          purpose,
          codeHash: this.codeHash(phone, purpose, code),
          expiresAt: new Date(now.getTime() + p.codeTtlSeconds * 1000),
          tries: 0,
          usedAt: null,
        }),
      );
    });
    // Sent whether or not the phone has an account: the answer and its timing tell nothing.
    try {
      await transport.send({ phone, code, purpose, ttlMinutes: Math.round(p.codeTtlSeconds / 60) });
    } catch {
      await this.ds.getRepository(SmsCodeEntity).update({ id: row.id }, { usedAt: new Date() });
      throw fail(R.IDENTITY_SMS_UNAVAILABLE, 'The SMS could not be sent: try again later');
    }
    return { expiresInSeconds: p.codeTtlSeconds, resendAfterSeconds: p.resendSeconds };
  }

  /** Checks a code and uses it up; throws the reason of the failure. */
  async verify(phone: string, purpose: SmsPurpose, code: string, now = new Date()): Promise<void> {
    const repo = this.ds.getRepository(SmsCodeEntity);
    const max = this.policy.maxTries;
    const wrong = (triesLeft: number) =>
      fail(R.IDENTITY_SMS_CODE_WRONG, 'The SMS code is wrong', { field: 'smsCode', details: { triesLeft } });
    const latest = await repo.findOne({
      where: { phoneHash: this.phoneHash(phone), purpose },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    if (!latest || (latest.usedAt && latest.tries < max)) throw wrong(0);
    if (latest.tries >= max) {
      throw fail(R.IDENTITY_SMS_CODE_TOO_MANY_TRIES, 'The SMS code was entered wrongly too often', {
        field: 'smsCode',
      });
    }
    if (latest.expiresAt <= now) {
      throw fail(R.IDENTITY_SMS_CODE_EXPIRED, 'The SMS code has expired', { field: 'smsCode' });
    }
    // Count the try first: parallel guesses each take one of the tries left.
    const counted = await repo
      .createQueryBuilder()
      .update(SmsCodeEntity)
      .set({ tries: () => 'tries + 1' })
      .where({ id: latest.id, usedAt: IsNull(), tries: LessThan(max) })
      .execute();
    if (!counted.affected) {
      const again = await repo.findOneBy({ id: latest.id });
      if (again && again.tries >= max) {
        throw fail(R.IDENTITY_SMS_CODE_TOO_MANY_TRIES, 'The SMS code was entered wrongly too often', {
          field: 'smsCode',
        });
      }
      throw wrong(0);
    }
    const given = Buffer.from(this.codeHash(phone, purpose, code), 'hex');
    if (!/^\d{6}$/.test(code) || !timingSafeEqual(given, Buffer.from(latest.codeHash, 'hex'))) {
      throw wrong(Math.max(0, max - latest.tries - 1));
    }
    const claimed = await repo.update({ id: latest.id, usedAt: IsNull() }, { usedAt: new Date() });
    if (!claimed.affected) throw wrong(0);
  }

  /** Removes codes expired more than a day ago (the job timer). */
  async purge(now = new Date()): Promise<number> {
    const r = await this.ds
      .getRepository(SmsCodeEntity)
      .delete({ expiresAt: LessThan(new Date(now.getTime() - DAY_MS)) });
    return r.affected ?? 0;
  }
}

/** Runs a counter step, turning its TOO_MANY_ATTEMPTS into the given reason (same retryAfterSeconds). */
async function limited(reason: (typeof R)[keyof typeof R], message: string, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (err) {
    if (err instanceof DomainError && err.code === ErrorCode.TOO_MANY_ATTEMPTS) {
      throw fail(reason, message, { details: err.options.details ?? {} });
    }
    throw err;
  }
}
