// Publication times from metadata (meta tags, feed dates, record fields, --published) as ISO 8601.
import { parseHeaderDate } from '../core/document/header.js';
import { getLocale } from '../locales/index.js';

const en = getLocale('en');

/** ISO 8601 for a machine- or human-written date (`2022-02-24T09:00:00Z`, RFC 822 `Thu, 24 Feb
 *  2022 09:00:00 GMT`, `24 February 2022`); undefined when it cannot be read or has no year. */
export function normalisePublished(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (!v) return undefined;
  const direct = parseHeaderDate(v, en.dates?.dayFirst ?? true, en);
  if (direct) return direct;
  // RFC 822 and friends lead with a weekday, which the header reader does not expect.
  const withoutWeekday = v.replace(/^[A-Za-z]{3,9},?\s+/, '');
  if (withoutWeekday !== v) return parseHeaderDate(withoutWeekday, en.dates?.dayFirst ?? true, en);
  return undefined;
}
