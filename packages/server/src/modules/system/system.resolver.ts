import { readFileSync } from 'node:fs';
import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { ErrorReasonInfo, errorReasonInfos } from './error-reasons.js';

/**
 * The server package's version, read once at start. The path is the same from src/ (tsx, vitest)
 * and dist/ (node): both sit two levels below packages/server.
 */
export const SERVER_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

@ObjectType({ description: 'Facts about the running API, for clients checking compatibility.' })
export class ServerInfo {
  @Field(() => String, {
    description: 'API version: the server package’s version (semantic versioning of the contract).',
  })
  version: string;

  @Field(() => Date, { description: 'Current server time.' })
  now: Date;

  @Field(() => String, { description: 'Time zone in which working days and deadlines are computed.' })
  timeZone: string;
}

/** Public: no sign-in needed. */
@Resolver()
export class SystemResolver {
  @Query(() => ServerInfo, { description: 'Version and time of the API. Public.' })
  serverInfo(): ServerInfo {
    return { version: SERVER_VERSION, now: new Date(), timeZone: 'Asia/Shanghai' };
  }

  @Query(() => [ErrorReasonInfo], {
    description: 'Every error reason (`extensions.reason`) a mutation can raise, with its code. Public.',
  })
  errorReasons(): ErrorReasonInfo[] {
    return errorReasonInfos();
  }
}
