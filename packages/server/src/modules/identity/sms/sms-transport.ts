import type { SmsPurpose } from '../signin.enums.js';

/** One code to send. */
export interface SmsMessage {
  phone: string;
  code: string;
  purpose: SmsPurpose;
  ttlMinutes: number;
}

/** A provider of SMS: the development log, Aliyun SMS, or a test's memory. */
export interface SmsTransport {
  readonly name: string;
  /** Sends, or throws SmsSendError (the provider refused or did not answer). */
  send(message: SmsMessage): Promise<void>;
}

export class SmsSendError extends Error {
  constructor(
    readonly provider: string,
    readonly providerCode: string,
  ) {
    super(`SMS provider ${provider} refused: ${providerCode}`);
    this.name = 'SmsSendError';
  }
}

/** 138****1234: enough to tell messages apart in a log, not the number. */
export const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

interface LogSink {
  info(obj: object, msg: string): void;
}

/**
 * Development transport: writes the code to the server log instead of sending it (config.ts
 * refuses it in production). The log is attached once the HTTP server's logger exists.
 */
export class LogSmsTransport implements SmsTransport {
  readonly name = 'log';
  private log: LogSink = {
    info: (obj, msg) => process.stderr.write(`${msg} ${JSON.stringify(obj)}\n`),
  };

  attach(log: LogSink): void {
    this.log = log;
  }

  async send(m: SmsMessage): Promise<void> {
    this.log.info(
      { sms: { to: maskPhone(m.phone), purpose: m.purpose, code: m.code } },
      `development SMS: code ${m.code} for ${maskPhone(m.phone)} (${m.purpose}, valid ${m.ttlMinutes} min)`,
    );
  }
}

/** Test transport: keeps what would have been sent (the test server helper injects it). */
export class MemorySmsTransport implements SmsTransport {
  readonly name = 'memory';
  readonly sent: SmsMessage[] = [];
  /** Set to make the next sends fail like a refusing provider. */
  failWith: string | null = null;

  async send(m: SmsMessage): Promise<void> {
    if (this.failWith) throw new SmsSendError(this.name, this.failWith);
    this.sent.push(m);
  }

  /** The last code sent to a phone (for a purpose), or undefined. */
  lastCode(phone: string, purpose?: SmsPurpose): string | undefined {
    return this.sent.findLast((m) => m.phone === phone && (!purpose || m.purpose === purpose))?.code;
  }
}
