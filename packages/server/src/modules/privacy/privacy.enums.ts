/** State of an erasure request. */
export enum ErasureStatus {
  PENDING = 'PENDING',
  COMPLETED = 'COMPLETED',
}
