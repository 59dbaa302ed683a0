import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { ConnectionType, PageArgs } from '../../graphql/pagination.js';

@ObjectType({ description: 'One staff action, as the audit log keeps it.' })
export class AuditLogEntry {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => String, { description: 'What was done, e.g. `household.binding.approve`, `user.phone.reveal`.' })
  operation: string;

  @Field(() => String, { description: 'Kind of record acted on, e.g. HouseholdBinding.' })
  targetType: string;

  @Field(() => ID, { nullable: true, description: 'Id of the record acted on.' })
  targetId: string | null;

  @Field(() => String, { nullable: true, description: 'Role the actor acted as (null for self-service actions).' })
  actorRole: string | null;

  @Field(() => String, { nullable: true, description: 'Kind of scope of that role.' })
  scopeKind: string | null;

  @Field(() => ID, { nullable: true, description: 'Scope node of that role.' })
  scopeId: string | null;

  @Field(() => String, { description: 'JSON summary of the change (no secrets).' })
  summary: string;

  @Field(() => String, { nullable: true, description: 'Request id, to match server logs.' })
  requestId: string | null;

  @Field(() => Date, { description: 'When it happened.' })
  createdAt: Date;

  actorId: string | null;
  communityId: string | null;
}

export const AuditLogConnection = ConnectionType(AuditLogEntry, 'AuditLog', 'audit log entry');

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only actions in this community.' })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only actions by this user.' })
  actorId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only this operation, or operations starting with it (e.g. `household.`).',
  })
  @IsOptional()
  @CodePointLength(1, 80)
  operation?: string;

  @Field(() => String, { nullable: true, description: 'Only actions on this kind of record.' })
  @IsOptional()
  @CodePointLength(1, 40)
  targetType?: string;

  @Field(() => ID, { nullable: true, description: 'Only actions on this record.' })
  targetId?: string;

  @Field(() => Date, { nullable: true, description: 'Only actions at or after this time.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only actions before this time.' })
  to?: Date;
}
