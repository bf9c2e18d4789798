import type { Translate } from './index.js';

// A duration as a person reads it, in their language: "1 d 21 h 55 min", "1 día 21 h 55 min",
// "0 min". The plan's own short form ("1d21h55m") is for typing, not for reading.

/** Whole minutes in words: days, hours and minutes, each left out when zero. */
export function durationText(t: Translate, totalMinutes: number): string {
  const total = Math.max(0, Math.round(totalMinutes));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const parts = [
    days > 0 ? t('duration.days', { count: days }) : '',
    hours > 0 ? t('duration.hours', { count: hours }) : '',
    minutes > 0 || total === 0 ? t('duration.minutes', { count: minutes }) : '',
  ];
  return parts.filter(Boolean).join(' ');
}
