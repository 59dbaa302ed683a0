import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs, PayloadType } from '../../graphql/pagination.js';
import { ErasureStatus } from './privacy.enums.js';

@ObjectType({ description: "A resident's request to be erased (被遗忘权), completed by staff by its due date." })
export class ErasureRequest {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The account to erase (after completion an anonymised account: 已注销居民).' })
  userId: string;

  @Field(() => ID, { nullable: true, description: "The resident's community when they asked (null: none)." })
  communityId: string | null;

  @Field(() => ErasureStatus, { description: 'PENDING until staff complete it.' })
  status: ErasureStatus;

  @Field(() => Date, { description: 'When it was asked for.' })
  createdAt: Date;

  @Field(() => Date, { description: 'Due by: the end of the 15th working day after the request (Asia/Shanghai).' })
  dueAt: Date;

  @Field(() => Date, { nullable: true, description: 'When staff completed it.' })
  completedAt: Date | null;

  @Field(() => Boolean, { description: 'Pending and past its due date.' })
  overdue: boolean;
}

export const ErasureRequestConnection = ConnectionType(ErasureRequest, 'ErasureRequest', 'erasure requests');
export const ErasureRequestPayload = PayloadType(ErasureRequest, 'ErasureRequest', 'request', 'erasure request');

@ArgsType()
export class ErasureRequestListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the requests of this community.' })
  communityId?: string | null;

  @Field(() => ErasureStatus, { nullable: true, description: 'Only requests in this state.' })
  status?: ErasureStatus | null;
}

@ObjectType({ description: 'Everything the platform keeps about the signed-in account (个人数据导出).' })
export class MyDataExport {
  @Field(() => Date, { description: 'When the export was made.' })
  generatedAt: Date;

  @Field(() => GraphQLJSONObject, {
    description:
      'The data as one JSON document: profile, roles, bindings, tickets (with timelines and ratings), bookings, volunteering, points ledger, ballots.',
  })
  data: Record<string, unknown>;

  @Field(() => String, { description: 'The same data as a readable, self-contained HTML page (UTF-8, no scripts).' })
  html: string;
}
