import type { DataSource } from 'typeorm';

export interface SchemaStatement {
  query: string;
  parameters?: unknown[];
}

/**
 * What the entities need that the migrated database lacks: exactly what `migration:generate`
 * would write. Empty when migrations and entities agree.
 */
export async function pendingSchemaChanges(
  dataSource: DataSource,
): Promise<{ up: SchemaStatement[]; down: SchemaStatement[] }> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((q) => ({ query: q.query, parameters: q.parameters })),
    down: log.downQueries.map((q) => ({ query: q.query, parameters: q.parameters })),
  };
}
