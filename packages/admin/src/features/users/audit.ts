import { declareAudit } from '../audit/declare';
import { userUrl } from './urls';

/** Users in the audit log: a user opens their drawer. */
export const audit = declareAudit({ targets: { User: userUrl } });
