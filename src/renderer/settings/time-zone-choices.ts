/** The time zones the settings offer: every zone this browser knows, the chosen one always among them. */
export function timeZoneChoices(chosen: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return known.includes(chosen) ? known : [chosen, ...known];
}
