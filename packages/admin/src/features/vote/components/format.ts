/** 12345 hundredths of m² → "123.45". */
export const m2 = (centi: number) => `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, '0')}`;
/** 712 tenths of a percent → "71.2 %". */
export const pct = (permille: number) => `${Math.floor(permille / 10)}.${permille % 10} %`;
