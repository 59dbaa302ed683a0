import { Field, ObjectType, Query, Resolver } from 'type-graphql';

@ObjectType({ description: 'Facts about the running API, for clients checking compatibility.' })
export class ServerInfo {
  @Field(() => String, { description: 'API version (semantic versioning of the contract).' })
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
    return { version: '0.1.0', now: new Date(), timeZone: 'Asia/Shanghai' };
  }
}
