import { longestFirst, phraseAt } from './words.ts';

/**
 * Units and counted nouns that follow a figure in targets. A counted noun ("giường bệnh",
 * "doanh nghiệp") is the unit of what is counted. Words of scale ("triệu", "tỷ") belong to the
 * unit: 2,4 triệu tỷ đồng is value 2.4, unit "triệu tỷ đồng", as written.
 */
const UNITS = longestFirst(
  [
    '%', 'USD', 'nghìn USD', 'triệu USD', 'tỷ USD', 'đồng', 'nghìn đồng', 'triệu đồng', 'tỷ đồng', 'nghìn tỷ đồng',
    'triệu tỷ đồng', 'km', 'm', 'm2', 'm²', 'km2', 'km²', 'ha', 'héc-ta', 'tấn', 'nghìn tấn', 'triệu tấn', 'TEU',
    'triệu TEU', 'MW', 'GW', 'kWh', 'tỷ kWh', 'lượt', 'triệu lượt', 'lượt khách', 'triệu lượt khách', 'người',
    'nghìn người', 'triệu người', 'lao động', 'hộ', 'doanh nghiệp', 'hợp tác xã', 'căn', 'căn nhà', 'căn hộ',
    'giường bệnh', 'bác sĩ', 'xã', 'phường', 'đơn vị', 'tổ chức đảng', 'tổ chức cơ sở đảng', 'đảng viên', 'đại biểu',
    'nhà máy', 'tiểu đội', 'trung đội', 'trường', 'trạm y tế', 'sản phẩm', 'khu công nghiệp', 'cụm công nghiệp',
    'dự án', 'tuổi', 'năm', 'tháng', 'ngày', 'lần', 'điểm',
  ].map((phrase) => ({ phrase })),
);

/** What a unit may be "per": "%/năm", "USD/người", "bác sĩ/vạn dân". */
const PER = longestFirst(
  ['năm', 'người', 'tháng', 'ngày', 'tuần', 'vạn dân', 'nghìn dân', '1.000 dân', '10.000 dân', 'ha', 'km2', 'km²', 'lượt', 'hộ', 'lao động'].map(
    (phrase) => ({ phrase }),
  ),
);

export interface UnitMatch {
  unit: string;
  end: number;
}

function matchList(text: string, at: number, list: { phrase: string }[]): number | null {
  for (const { phrase } of list) if (phraseAt(text, at, phrase)) return at + phrase.length;
  return null;
}

/**
 * The unit right after a number ending at `at`: optional spaces, a unit from the list, then an
 * optional "/per" part. Null when none follows.
 */
export function matchUnit(text: string, at: number): UnitMatch | null {
  let start = at;
  while (text[start] === ' ' || text[start] === '\u00a0') start++;
  let end = matchList(text, start, UNITS);
  if (end === null) start = at;
  let perFrom = end ?? at;
  if (text[perFrom] === '/') {
    const perStart = text[perFrom + 1] === ' ' ? perFrom + 2 : perFrom + 1;
    const perEnd = matchList(text, perStart, PER);
    if (perEnd !== null) end = perEnd;
  }
  return end === null ? null : { unit: text.slice(start, end), end };
}
