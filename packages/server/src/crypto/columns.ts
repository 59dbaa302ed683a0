import { Column, type ValueTransformer } from 'typeorm';
import { BinaryTextColumn } from '../db/columns.js';
import { decryptValue, encryptValue, phoneIndex } from './personal-data.js';

/**
 * Entity columns of personal data. The property holds the clear value in memory; the column holds
 * the ciphertext (the transformer encrypts on write, decrypts on read). A random IV makes equal
 * numbers differ, so a where-clause on the property never matches: look rows up by the blind index
 * column, which PersonalDataSubscriber fills on every insert and update that sets the property.
 */
const encrypted: ValueTransformer = {
  to: (value: string | null | undefined) => (value == null ? value : encryptValue(value)),
  from: (value: string | null) => (value == null ? value : decryptValue(value)),
};

/** Blind-indexed properties by entity class: property → its index property. */
export const blindIndexes = new Map<Function, Map<string, string>>();

/** Stored ciphertext length: `v1.` + id (≤ 16) + 16 + 22 + base64url of the value (≤ 40 characters clear). */
export const ENCRYPTED_LENGTH = 160;

/** An encrypted phone number, with its blind index kept in `indexProperty`. */
export const EncryptedPhoneColumn =
  (indexProperty: string, options: { nullable?: boolean } = {}): PropertyDecorator =>
  (target, property) => {
    Column({ type: 'varchar', length: ENCRYPTED_LENGTH, nullable: options.nullable ?? false, transformer: encrypted })(
      target,
      property,
    );
    const map = blindIndexes.get(target.constructor) ?? new Map<string, string>();
    map.set(String(property), indexProperty);
    blindIndexes.set(target.constructor, map);
  };

/** The blind index of an encrypted phone column (binary collation: hex compared byte for byte). */
export const BlindIndexColumn = (options: { nullable?: boolean; unique?: boolean } = {}) =>
  BinaryTextColumn(64, options);

/** The blind index a value gets (null stays null). */
export const blindIndexOf = (value: string | null) => (value == null ? null : phoneIndex(value));
