import { stdSerializers } from 'pino';

const REDACTED = '[redacted]';
/** Fields of TypeORM and driver errors that carry the values of a query (phones, names…). */
const VALUE_FIELDS = ['parameters', 'sql', 'sqlMessage', 'values'];

/** Quoted literals in a driver message (`Duplicate entry '139…' for key …`) lose their value. */
const unquote = (text: string) =>
  text.replace(/'(?:[^'\\]|\\.)*'/g, "'…'").replace(/"(?:[^"\\]|\\.)*"/g, (m) =>
    // Keep quoted identifiers of the SQL dialects ("user", "UserEntity"): they name, they carry no data.
    /^"[A-Za-z_][A-Za-z0-9_.]*"$/.test(m) ? m : '"…"',
  );

function scrub(obj: Record<string, unknown>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = { ...obj };
  for (const f of VALUE_FIELDS) if (f in out) out[f] = REDACTED;
  const isDriver = 'driverError' in obj || 'sqlMessage' in obj || 'errno' in obj || 'sqlState' in obj;
  if (isDriver && typeof out.message === 'string') out.message = unquote(out.message);
  if (isDriver && typeof out.stack === 'string') out.stack = unquote(out.stack);
  if (depth < 3) {
    for (const k of ['driverError', 'cause', 'originalError']) {
      const v = out[k];
      if (v && typeof v === 'object') out[k] = scrub(v as Record<string, unknown>, depth + 1);
    }
  }
  return out;
}

/**
 * pino's error serializer without personal data: the values of a failed query never reach the log
 * (TypeORM's `parameters`, mysql2's `sql` with values inlined and `sqlMessage`).
 */
export function redactedErrorSerializer(err: Error): SerializedError {
  if (!(err instanceof Error)) return err as unknown as SerializedError;
  return scrub(stdSerializers.err(err) as unknown as Record<string, unknown>, 0) as SerializedError;
}

type SerializedError = { [key: string]: unknown; type: string; message: string; stack: string };
