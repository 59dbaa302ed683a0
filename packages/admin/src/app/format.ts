import dayjs from 'dayjs';

/** Times come as UTC ISO strings; staff read them in local time (Asia/Shanghai on their machines). */
export const formatTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '');
