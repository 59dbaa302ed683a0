import { createHmac, randomUUID } from 'node:crypto';
import type { SmsConfig } from '../../../config.js';
import { type SmsMessage, SmsSendError, type SmsTransport } from './sms-transport.js';

/** RFC 3986 percent-encoding as Aliyun's RPC signature wants it (also ! ' ( ) *; space as %20). */
export const aliyunEncode = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Aliyun's RPC signature (SignatureVersion 1.0, HMAC-SHA1): the parameters sorted by name, each
 * name and value percent-encoded and joined as `k=v&…`; the string to sign is
 * `METHOD&%2F&` + the encoded canonical query; the key is the AccessKey secret followed by `&`.
 */
export function aliyunRpcSignature(method: string, params: Record<string, string>, accessKeySecret: string): string {
  const canonical = Object.keys(params)
    .sort()
    .map((k) => `${aliyunEncode(k)}=${aliyunEncode(params[k] as string)}`)
    .join('&');
  const stringToSign = `${method}&${aliyunEncode('/')}&${aliyunEncode(canonical)}`;
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign).digest('base64');
}

/** Aliyun SMS (dysmsapi 2017-05-25 `SendSms`) over signed HTTP; the template has one `${code}` variable. */
export class AliyunSmsTransport implements SmsTransport {
  readonly name = 'aliyun';

  constructor(
    private readonly config: SmsConfig['aliyun'],
    private readonly timeoutMs = 5000,
  ) {}

  async send(m: SmsMessage): Promise<void> {
    const params: Record<string, string> = {
      AccessKeyId: this.config.accessKeyId,
      Action: 'SendSms',
      Format: 'JSON',
      PhoneNumbers: m.phone,
      RegionId: this.config.regionId,
      SignName: this.config.signName,
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: randomUUID(),
      SignatureVersion: '1.0',
      TemplateCode: this.config.templateCode,
      TemplateParam: JSON.stringify({ code: m.code }),
      Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      Version: '2017-05-25',
    };
    const Signature = aliyunRpcSignature('POST', params, this.config.accessKeySecret);
    const body = Object.entries({ Signature, ...params })
      .map(([k, v]) => `${aliyunEncode(k)}=${aliyunEncode(v)}`)
      .join('&');
    let answer: { Code?: string };
    try {
      const res = await fetch(`${this.config.endpoint}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      answer = (await res.json()) as { Code?: string };
    } catch {
      throw new SmsSendError(this.name, 'NO_ANSWER');
    }
    if (answer.Code !== 'OK') throw new SmsSendError(this.name, String(answer.Code ?? 'UNKNOWN').slice(0, 80));
  }
}
