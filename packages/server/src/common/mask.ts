/** Personal data masking: what roles without the permission see. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** 1502 → 1**2, 502 → 5*2: the floor stays readable, the exact door does not. */
export function maskRoom(room: string): string {
  if (room.length <= 1) return '*';
  if (room.length === 2) return `${room[0]}*`;
  return `${room[0]}${'*'.repeat(room.length - 2)}${room.at(-1)}`;
}
