/**
 * The list kit: every list screen is a `ListPage` around a `ResponsiveTable`, with its URL state declared
 * once by `useListParams(schema)`. Only lazy feature routes import it, so it stays out of the first chunk.
 */
export { ListFilters, ListPage, type ListPageProps, type PageFacts, useFilterStyle } from './ListPage';
export { parsePageSize, SIZE_PARAM, usePageSize } from './pageSize';
export {
  applyParams,
  defineParams,
  type ListParams,
  type ListPatch,
  type ListValues,
  listHref,
  type Param,
  type ParamRole,
  type ParamSchema,
  param,
  paramsSearch,
  parseParams,
  type Sort,
  useListParams,
} from './params';
export { ResponsiveTable, type ResponsiveTableProps, useCompact } from './ResponsiveTable';
