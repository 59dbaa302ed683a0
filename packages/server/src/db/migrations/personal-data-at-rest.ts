import type { EncryptedColumnRef, RowConversion } from '../../crypto/convert-rows.js';
import { decryptValue, encryptValue, isEncrypted, phoneIndex } from '../../crypto/personal-data.js';

/**
 * The phone columns the PersonalDataAtRest migrations convert (frozen here: a migration must not
 * follow later entity changes). Their conversions use the configured keyring (DATA_KEYS).
 */
export const PHONE_COLUMNS: readonly EncryptedColumnRef[] = [
  { table: 'user', column: 'phone', indexColumn: 'phoneIndex' },
  { table: 'ticket', column: 'contactPhone', indexColumn: 'contactPhoneIndex' },
];

/** Clear → encrypted with its index; a value encrypted already (a re-run) is only re-indexed. */
export const encryptPhones: RowConversion = (stored) => {
  const clear = isEncrypted(stored) ? decryptValue(stored) : stored;
  return { value: isEncrypted(stored) ? stored : encryptValue(clear), index: phoneIndex(clear) };
};

/** Back to clear (down): the index column is dropped afterwards, so it keeps its value. */
export const decryptPhones: RowConversion = (stored) =>
  isEncrypted(stored) ? { value: decryptValue(stored), index: phoneIndex(decryptValue(stored)) } : null;
