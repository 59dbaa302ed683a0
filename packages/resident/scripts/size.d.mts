/** scripts/size.mjs: the H5's up-front JavaScript (gzip) and its budget. */
export const BUDGET: number;
export function upFront(dir: string): {
  files: { file: string; raw: number; gzip: number }[];
  total: number;
  lazy: string[];
};
