import { Field, ObjectType } from 'type-graphql';

/** One operation the audit log may hold, and the module that declares (and writes) it. */
@ObjectType({ description: 'An audit-log operation a module declares (its manifest’s `auditOperations`).' })
export class AuditOperationInfo {
  @Field(() => String, { description: 'The operation, as entries carry it (`ticket.accept`).' })
  operation: string;

  @Field(() => String, { description: 'The module that declares it (`ticket`).' })
  module: string;
}

const operations: AuditOperationInfo[] = [];

/** Registers a module's audit operations (the composition root calls it for every manifest). */
export function registerAuditOperations(module: string, names: readonly string[]): void {
  for (const operation of names)
    if (!operations.some((o) => o.operation === operation)) operations.push({ operation, module });
}

/** Every declared operation, in module order. */
export const auditOperationInfos = (): readonly AuditOperationInfo[] => operations;
