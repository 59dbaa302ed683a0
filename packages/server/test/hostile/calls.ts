/**
 * From a call a matrix row makes to a mutation (its document, variables and token), the pieces a
 * hostile run needs: the mutation's argument values, a document that takes each argument as a
 * variable of its schema type (the row's selection kept), and the slots of the arguments' input
 * types that can be varied one at a time.
 */
import {
  type DocumentNode,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  valueFromAST,
  visit,
} from 'graphql';

export interface Call {
  query: string;
  variables: Record<string, unknown>;
  token?: string;
}

export interface Target {
  /** `mutation Hostile($a_input: X!, …) { op(input: $a_input) { …the row's selection } }` */
  document: string;
  /** The argument values of the row's call, by argument name. */
  args: Record<string, unknown>;
  /** Variables the selection uses (e.g. `first`), kept as the row sent them. */
  fixed: Record<string, unknown>;
  token?: string;
}

const parsed = new Map<string, DocumentNode | null>();
function parseOnce(query: string): DocumentNode | null {
  if (!parsed.has(query)) {
    try {
      parsed.set(query, parse(query));
    } catch {
      parsed.set(query, null);
    }
  }
  return parsed.get(query) ?? null;
}

function mutationField(doc: DocumentNode, op: string): { operation: OperationDefinitionNode; field: FieldNode } | null {
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION || d.operation !== 'mutation') continue;
    for (const s of d.selectionSet.selections) {
      if (s.kind === Kind.FIELD && s.name.value === op) return { operation: d, field: s };
    }
  }
  return null;
}

/** Whether a document calls the mutation `op` at its top level. */
export const callsMutation = (query: string, op: string): boolean => {
  const doc = parseOnce(query);
  return doc !== null && mutationField(doc, op) !== null;
};

export function targetOf(schema: GraphQLSchema, op: string, call: Call): Target {
  const doc = parseOnce(call.query);
  const found = doc && mutationField(doc, op);
  const def = schema.getMutationType()?.getFields()[op];
  if (!doc || !found || !def) throw new Error(`${op}: not in ${call.query}`);
  const { operation, field } = found;
  const args: Record<string, unknown> = {};
  for (const a of def.args) {
    const node = field.arguments?.find((n) => n.name.value === a.name);
    if (node) args[a.name] = valueFromAST(node.value, a.type, call.variables);
  }
  const fragments = doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const used = new Set<string>();
  for (const node of [field.selectionSet, ...fragments]) {
    if (node) visit(node, { Variable: (v) => void used.add(v.name.value) });
  }
  const kept = (operation.variableDefinitions ?? []).filter((v) => used.has(v.variable.name.value));
  const defs = [...def.args.map((a) => `$a_${a.name}: ${String(a.type)}`), ...kept.map((v) => print(v))];
  const argList = def.args.map((a) => `${a.name}: $a_${a.name}`).join(', ');
  const document = [
    `mutation Hostile${defs.length ? `(${defs.join(', ')})` : ''} {`,
    `  ${op}${argList ? `(${argList})` : ''} ${field.selectionSet ? print(field.selectionSet) : ''}`,
    '}',
    ...fragments.map((f) => print(f)),
  ].join('\n');
  const fixed = Object.fromEntries(kept.map((v) => [v.variable.name.value, call.variables[v.variable.name.value]]));
  return { document, args, fixed, token: call.token };
}

/** The variables of a hostile call: the arguments as `a_<name>`, then the selection's. */
export function variablesOf(target: Target, args: Record<string, unknown>): Record<string, unknown> {
  return { ...target.fixed, ...Object.fromEntries(Object.entries(args).map(([k, v]) => [`a_${k}`, v])) };
}

// ---- slots: the places of an input that a case varies ---------------------------------------

export type SlotKind = 'leaf' | 'object' | 'object-list';
export interface Slot {
  /** Argument name, then field names and list indexes: ['input', 'items', 0, 'title']. */
  path: (string | number)[];
  type: GraphQLInputType;
  kind: SlotKind;
}

const MAX_DEPTH = 4;

/** Every slot of a mutation's arguments: each scalar/enum leaf, each argument object, each list of objects. */
export function slotsOf(def: GraphQLField<unknown, unknown>): Slot[] {
  const out: Slot[] = [];
  const walk = (type: GraphQLInputType, path: (string | number)[], depth: number) => {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner) && isInputObjectType(getNamedType(inner))) {
      out.push({ path, type, kind: 'object-list' });
      if (depth < MAX_DEPTH) walk(inner.ofType, [...path, 0], depth + 1);
    } else if (isInputObjectType(inner)) {
      if (depth === 0) out.push({ path, type, kind: 'object' });
      if (depth < MAX_DEPTH)
        for (const f of Object.values(inner.getFields())) walk(f.type, [...path, f.name], depth + 1);
    } else {
      out.push({ path, type, kind: 'leaf' });
    }
  };
  for (const a of def.args as readonly GraphQLArgument[]) walk(a.type, [a.name], 0);
  return out;
}

export const slotLabel = (s: Slot) => s.path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.');

/** A plain valid-looking value of a type, for parents a slot needs that the row's call did not send. */
export function plainValue(type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [plainValue(inner.ofType)];
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, plainValue(f.type)]),
    );
  }
  if (isEnumType(inner)) return inner.getValues()[0]?.name;
  switch (inner.name) {
    case 'String':
      return 'x';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'ID':
      return '0190e4c6-0000-7000-8000-000000000000';
    default:
      return new Date().toISOString();
  }
}

/** The type one step down a path (a field of an input object, or a list's element). */
function stepType(type: GraphQLInputType, key: string | number): GraphQLInputType {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (typeof key === 'number' && isListType(inner)) return inner.ofType;
  if (typeof key === 'string' && isInputObjectType(inner)) {
    const f = inner.getFields()[key];
    if (f) return f.type;
  }
  throw new Error(`no ${key} in ${String(type)}`);
}

/**
 * A copy of the arguments with the value at `path` replaced; parents the row did not send are made
 * from plain values, so only the slot is hostile.
 */
export function withValueAt(
  def: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  path: (string | number)[],
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(args) as Record<string | number, unknown>;
  const [argName, ...rest] = path as [string, ...(string | number)[]];
  const arg = def.args.find((a) => a.name === argName);
  if (!arg) throw new Error(`no argument ${argName}`);
  if (rest.length === 0) {
    copy[argName] = value;
    return copy;
  }
  let type: GraphQLInputType = arg.type;
  let holder: Record<string | number, unknown> = copy;
  let key: string | number = argName;
  for (const next of rest) {
    let container = holder[key];
    if (container === null || typeof container !== 'object') {
      container = plainValue(type);
      holder[key] = container;
    }
    const c = container as Record<string | number, unknown>;
    type = stepType(type, next);
    if (typeof next === 'number' && Array.isArray(c) && c.length === 0) c.push(plainValue(type));
    holder = c;
    key = next;
  }
  holder[key] = value;
  return copy;
}
