import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { SmsPurpose } from '../../src/modules/identity/signin.enums.js';
import { AliyunSmsTransport, aliyunRpcSignature } from '../../src/modules/identity/sms/aliyun-sms.js';
import { SmsSendError } from '../../src/modules/identity/sms/sms-transport.js';
import { codeOf, startTestServer } from '../helpers/server.js';

const KEY_ID = 'LTAI-test-key';
const SECRET = 'test-secret-value';

/**
 * The signature as Aliyun's documentation describes it, written out again here (not imported), so
 * that the fake checks the adapter against the algorithm rather than against itself.
 */
function expectedSignature(method: string, params: URLSearchParams, secret: string): string {
  const enc = (s: string) =>
    encodeURIComponent(s)
      .replace(/\+/g, '%20')
      .replace(/\*/g, '%2A')
      .replace(/%7E/g, '~')
      .replace(/!/g, '%21')
      .replace(/'/g, '%27')
      .replace(/\(/g, '%28')
      .replace(/\)/g, '%29');
  const pairs = [...params.entries()]
    .filter(([k]) => k !== 'Signature')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonical = pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
  return createHmac('sha1', `${secret}&`)
    .update(`${method}&${enc('/')}&${enc(canonical)}`)
    .digest('base64');
}

/** A fake dysmsapi endpoint: checks the signature and the parameters, answers like Aliyun. */
class FakeDysms {
  server: Server | null = null;
  url = '';
  received: URLSearchParams[] = [];
  answerCode = 'OK';
  async start() {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => {
        body += d;
      });
      req.on('end', () => {
        const params = new URLSearchParams(body);
        this.received.push(params);
        res.setHeader('content-type', 'application/json');
        const ok =
          req.method === 'POST' &&
          params.get('AccessKeyId') === KEY_ID &&
          params.get('Signature') === expectedSignature('POST', params, SECRET);
        if (!ok) {
          res.statusCode = 400;
          res.end(JSON.stringify({ Code: 'SignatureDoesNotMatch', Message: 'Specified signature is not matched' }));
          return;
        }
        res.end(JSON.stringify({ Code: this.answerCode, Message: 'OK', BizId: '9006197469364984^0', RequestId: 'R' }));
      });
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  close() {
    return new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

const aliyunEnv = (endpoint: string, secret = SECRET) => ({
  SMS_PROVIDER: 'aliyun',
  ALIYUN_SMS_ENDPOINT: endpoint,
  ALIYUN_SMS_ACCESS_KEY_ID: KEY_ID,
  ALIYUN_SMS_ACCESS_KEY_SECRET: secret,
  ALIYUN_SMS_SIGN_NAME: '圆桌社区',
  ALIYUN_SMS_TEMPLATE_CODE: 'SMS_123456789',
});

describe('Aliyun SMS adapter (dysmsapi SendSms, RPC signature HMAC-SHA1)', () => {
  const fake = new FakeDysms();
  beforeAll(() => fake.start());
  afterAll(() => fake.close());

  it('computes the signature of the example in Aliyun’s documentation', () => {
    const params = {
      AccessKeyId: 'testId',
      Action: 'SendSms',
      Format: 'XML',
      OutId: '123',
      PhoneNumbers: '15300000001',
      RegionId: 'cn-hangzhou',
      SignName: '阿里云短信测试专用',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
      SignatureVersion: '1.0',
      TemplateCode: 'SMS_71390007',
      TemplateParam: '{"customer":"test"}',
      Timestamp: '2017-07-12T02:42:19Z',
      Version: '2017-05-25',
    };
    expect(aliyunRpcSignature('GET', params, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('sends a signed SendSms that the fake verifies, with the code as the template parameter', async () => {
    const t = new AliyunSmsTransport(loadConfig({ NODE_ENV: 'test', ...aliyunEnv(fake.url) }).sms.aliyun);
    await t.send({ phone: '13800138000', code: '042917', purpose: SmsPurpose.LOGIN, ttlMinutes: 5 });
    const p = fake.received.at(-1) as URLSearchParams;
    expect(p.get('Action')).toBe('SendSms');
    expect(p.get('Version')).toBe('2017-05-25');
    expect(p.get('PhoneNumbers')).toBe('13800138000');
    expect(p.get('SignName')).toBe('圆桌社区');
    expect(p.get('TemplateCode')).toBe('SMS_123456789');
    expect(JSON.parse(p.get('TemplateParam') as string)).toEqual({ code: '042917' });
    expect(p.get('Timestamp')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('a wrong secret is refused by the fake: SmsSendError with the provider code', async () => {
    const t = new AliyunSmsTransport(loadConfig({ NODE_ENV: 'test', ...aliyunEnv(fake.url, 'wrong') }).sms.aliyun);
    await expect(
      t.send({ phone: '13800138000', code: '000001', purpose: SmsPurpose.LOGIN, ttlMinutes: 5 }),
    ).rejects.toMatchObject({ providerCode: 'SignatureDoesNotMatch' });
    const down = new AliyunSmsTransport({
      ...loadConfig({ NODE_ENV: 'test', ...aliyunEnv('http://127.0.0.1:9') }).sms.aliyun,
    });
    await expect(
      down.send({ phone: '13800138000', code: '000001', purpose: SmsPurpose.LOGIN, ttlMinutes: 5 }),
    ).rejects.toBeInstanceOf(SmsSendError);
  });

  it('through the server: requestSmsCode sends by Aliyun; a refusal answers IDENTITY_SMS_UNAVAILABLE', async () => {
    const s = await startTestServer(aliyunEnv(fake.url), { smsTransport: 'configured' });
    try {
      const r = await s.gql('mutation { requestSmsCode(input: { phone: "13900001111", purpose: REGISTER }) { sent } }');
      expect(codeOf(r)).toBe('OK');
      const code = JSON.parse(fake.received.at(-1)?.get('TemplateParam') as string).code;
      const reg = await s.gql('mutation($i: RegisterResidentInput!) { registerResident(input: $i) { accessToken } }', {
        i: { phone: '13900001111', smsCode: code, displayName: '阿里云居民' },
      });
      expect(reg.errors).toBeUndefined();
      fake.answerCode = 'isv.BUSINESS_LIMIT_CONTROL';
      const refused = await s.gql(
        'mutation { requestSmsCode(input: { phone: "13900002222", purpose: LOGIN }) { sent } }',
      );
      expect(refused.errors?.[0]?.extensions?.reason).toBe('IDENTITY_SMS_UNAVAILABLE');
    } finally {
      fake.answerCode = 'OK';
      await s.close();
    }
  });
});
