/** URL state of the audit log: filters and the page cursor. */
export function parseAuditParams(params: URLSearchParams) {
  return {
    communityId: params.get('community'),
    operation: params.get('op'),
    targetType: params.get('type'),
    from: params.get('from'),
    to: params.get('to'),
    after: params.get('after'),
  };
}

export const auditUrl = (filters: { op?: string; type?: string } = {}) => {
  const p = new URLSearchParams();
  if (filters.op) p.set('op', filters.op);
  if (filters.type) p.set('type', filters.type);
  const q = p.toString();
  return q ? `/audit?${q}` : '/audit';
};
